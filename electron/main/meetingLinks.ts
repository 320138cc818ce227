// Links from outside the window: the first launch's own link becomes the window's start-up query;
// a later one goes to the open window as a meeting_link event (the renderer asks before leaving a
// meeting). Every link is validated here first (electron/shared/meetingLink.ts).
import type { WebContents } from 'electron';
import { linkInArguments, meetingLinkQuery, parseMeetingLink, type MeetingLinkOptions } from '../shared/meetingLink';
import { ipcChannels } from '../shared/transports';
import type { BridgeEvent } from '../shared/bridge';

/** The renderer's start-up query for a launch with a valid link, or null (a bad one is reported once the window is up). */
export function launchLinkQuery(argv: readonly string[], options: MeetingLinkOptions): string | null {
  const text = linkInArguments(argv, options);
  if (!text) return null;
  const result = parseMeetingLink(text, options);
  return result.ok ? `?${meetingLinkQuery(result.link)}` : null;
}

/** Sends the link in `argv` (if any) to `contents`; false when there was none. */
export function sendMeetingLink(contents: WebContents, argv: readonly string[], options: MeetingLinkOptions): boolean {
  const text = linkInArguments(argv, options);
  if (!text || contents.isDestroyed()) return false;
  const event: BridgeEvent = { type: 'meeting_link', result: parseMeetingLink(text, options), receivedAt: Date.now() };
  const deliver = (): void => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.event, event);
  };
  // A page still loading has no listener yet: the link waits for it instead of being lost.
  if (contents.isLoading()) contents.once('did-finish-load', deliver);
  else deliver();
  return true;
}
