// Validates one Infinity server-sent event (name + JSON data) and normalizes it into a typed
// InfinityEvent. Anything that fails its schema is reported as invalid, never thrown.
import type { ZodType } from 'zod';
import type { Participant, PresentationInfo, StageEntry } from '../../shared/meeting';
import type { LiveCaption } from '../../shared/captions';
import type { WireConference, messageReceivedSchema } from './eventSchemas';
import { toParticipant } from './participantMapping';
import { toPresentation, toStage } from './conferenceMapping';
import { toLiveCaption } from './captionMapping';
import {
  isServerEventName,
  serverEventSchemas,
  type RelayedEvent,
  type ServerEventName,
  type ServerEventPayload,
  type WireConferenceDetails,
  type WireParticipantDetails,
  type layoutDetailsSchema,
} from './serverEventSchemas';
import type { z } from 'zod';
import { summarizeIssues } from '../validation/issueSummary';
import { createShapeReader } from '../wire/shapeReader';

export type InfinityEvent =
  | { kind: 'participant_sync_begin' }
  | { kind: 'participant_sync_end' }
  | { kind: 'participant_create'; participant: Participant; details: WireParticipantDetails }
  | { kind: 'participant_update'; participant: Participant; details: WireParticipantDetails }
  | { kind: 'participant_delete'; uuid: string }
  | { kind: 'conference_update'; conference: WireConference; details: WireConferenceDetails }
  | { kind: 'message_received'; message: z.infer<typeof messageReceivedSchema> }
  | { kind: 'stage'; stage: StageEntry[] }
  | { kind: 'layout'; layout: z.infer<typeof layoutDetailsSchema> }
  | { kind: 'presentation_start'; presentation: PresentationInfo }
  | { kind: 'presentation_stop' }
  /** A new presentation still; `frameId` is the SSE id the frame is fetched by. */
  | { kind: 'presentation_frame'; frameId: string | null }
  | { kind: 'live_captions'; caption: LiveCaption }
  | { kind: 'call_disconnected'; callUuid: string; reason: string }
  | { kind: 'disconnect'; reason: string }
  /** A documented event relayed as `{type: 'infinity'}`; `referToken` is kept out of `event`. */
  | { kind: 'relayed'; event: RelayedEvent; referToken?: string }
  /** An event of a breakout room, seen by a host on the main room's stream. */
  | { kind: 'breakout_event'; breakoutUuid: string; inner: InfinityEvent; relayed: RelayedEvent }
  /** An event this client does not know: only its name goes on, never what the node put in it. */
  | { kind: 'other'; name: string };

export type TranslatedEvent = { ok: true; event: InfinityEvent } | { ok: false; issue: string };

function validate<K extends ServerEventName>(name: K, data: unknown): { ok: true; value: ServerEventPayload<K> } | { ok: false; issue: string } {
  const schema = serverEventSchemas[name] as unknown as ZodType<ServerEventPayload<K>>;
  const result = schema.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, issue: summarizeIssues(result.error, '(root)') };
}

function build<K extends ServerEventName>(name: K, data: unknown, make: (value: ServerEventPayload<K>) => InfinityEvent): TranslatedEvent {
  const checked = validate(name, data);
  return checked.ok ? { ok: true, event: make(checked.value) } : { ok: false, issue: checked.issue };
}

/** Participants are most of what a node sends (5,000 in one sync): read without zod's pipes when they can be. */
const readParticipantDetails = createShapeReader(serverEventSchemas.participant_create);

/** Longest unknown event name relayed; a longer one is cut (names are short identifiers). */
export const UNKNOWN_EVENT_NAME_MAX = 64;

/**
 * Translates one event. `eventId` is the SSE id of the event (presentation_frame needs it to
 * fetch the frame). Unknown event names are passed on as `other` by name only (the node may be
 * newer); their data is unvalidated and never relayed.
 */
export function translateEvent(name: string, data: unknown, eventId: string | null = null): TranslatedEvent {
  if (!isServerEventName(name)) return { ok: true, event: { kind: 'other', name: name.slice(0, UNKNOWN_EVENT_NAME_MAX) } };
  switch (name) {
    case 'participant_sync_begin':
    case 'participant_sync_end':
    case 'presentation_stop':
      return build(name, data, () => ({ kind: name }));
    case 'participant_create':
    case 'participant_update': {
      const details = readParticipantDetails(data);
      if (details) return { ok: true, event: { kind: name, participant: toParticipant(details), details } };
      return build(name, data, (checked) => ({ kind: name, participant: toParticipant(checked), details: checked }));
    }
    case 'participant_delete':
      return build(name, data, ({ uuid }) => ({ kind: name, uuid }));
    case 'conference_update':
      return build(name, data, (details) => ({ kind: name, conference: details, details }));
    case 'message_received':
      return build(name, data, (message) => ({ kind: name, message }));
    case 'stage':
      return build(name, data, (wire) => ({ kind: name, stage: toStage(wire) }));
    case 'layout':
      return build(name, data, (layout) => ({ kind: name, layout }));
    case 'presentation_start':
      return build(name, data, (wire) => ({ kind: name, presentation: toPresentation(wire) }));
    case 'call_disconnected':
      return build(name, data, (wire) => ({ kind: name, callUuid: wire.call_uuid, reason: wire.reason ?? '' }));
    case 'disconnect':
      return build(name, data, (wire) => ({ kind: name, reason: wire.reason ?? '' }));
    case 'presentation_frame':
      return build(name, data, () => ({ kind: name, frameId: eventId }));
    case 'live_captions':
      return build(name, data, (wire) => ({ kind: name, caption: toLiveCaption(wire) }));
    case 'peer_disconnect':
    case 'refresh_token':
      return build(name, data, () => ({ kind: 'relayed', event: { name, data: null } }));
    case 'refer':
      return build(name, data, ({ token, ...refer }) => ({
        kind: 'relayed',
        event: { name, data: refer },
        ...(token === undefined ? {} : { referToken: token }),
      }));
    case 'breakout_event':
      return translateBreakoutEvent(data);
    case 'splash_screen':
    case 'new_offer':
    case 'update_sdp':
    case 'new_candidate':
    case 'breakout_begin':
    case 'breakout_end':
    case 'breakout_refer':
      return build(name, data, (value) => ({ kind: 'relayed', event: { name, data: value } as RelayedEvent }));
  }
}

/** The wrapped event is validated like any other; its validated data is what gets relayed. */
function translateBreakoutEvent(data: unknown): TranslatedEvent {
  const outer = validate('breakout_event', data);
  if (!outer.ok) return outer;
  const { breakout_uuid: breakoutUuid, event: innerName, data: innerData } = outer.value;
  if (innerName === 'breakout_event') return { ok: false, issue: 'event: nested breakout_event' };
  const inner = translateEvent(innerName, innerData);
  if (!inner.ok) return { ok: false, issue: `data: ${inner.issue}` };
  // An unknown inner event goes on by name only, like an unknown event of the main room.
  if (inner.event.kind === 'other' || !isServerEventName(innerName)) {
    const name = innerName.slice(0, UNKNOWN_EVENT_NAME_MAX);
    return { ok: true, event: { kind: 'breakout_event', breakoutUuid, inner: inner.event, relayed: { name: 'breakout_event', data: { breakout_uuid: breakoutUuid, event: name } } } };
  }
  const checked = validate(innerName, innerData);
  // A refer's one-time token stays in the core inside a breakout_event too: relay its token-free data.
  const relayedData = inner.event.kind === 'relayed' && inner.event.event.name === 'refer' ? inner.event.event.data : checked.ok ? checked.value : null;
  return {
    ok: true,
    event: {
      kind: 'breakout_event',
      breakoutUuid,
      inner: inner.event,
      relayed: { name: 'breakout_event', data: { breakout_uuid: breakoutUuid, event: innerName, data: relayedData } },
    },
  };
}
