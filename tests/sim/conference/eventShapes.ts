// The data of events that carry little or nothing, as Infinity sends them. Captures of real nodes
// (Pexip's Android SDK fixtures) send `{}` for presentation_stop and null for participant_sync_*,
// peer_disconnect and a cleared splash_screen; Pexip's JS SDK parses presentation_frame's data as
// an object, so `null` there makes it throw. A quirks room sends the older shapes: null everywhere.
import type { Participant } from './participant';

/** What presentation_start tells: Pexip's SDK only starts receiving when presenter_uuid is set. */
export function presentationStartData(presenter: Participant): Record<string, unknown> {
  return { presenter_name: presenter.displayName, presenter_uri: presenter.uri, presenter_uuid: presenter.uuid, source: 'video' };
}

/** Data of presentation_stop and presentation_frame: `{}`, or null in a quirks room. */
export function emptyObjectData(room: { readonly quirks: boolean }): Record<string, never> | null {
  return room.quirks ? null : {};
}
