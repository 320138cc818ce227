// The per-meeting stores, started and ended together with a join: the session store calls these
// instead of knowing every store that holds something of one meeting. Add a per-meeting store here.
import type { JoinedInfo, MeetingSnapshot } from '../../../../electron/shared/meeting';
import { useChatStore } from '../chat/chatStore';
import { resetMeetingControls } from '../hostControls/meetingControlsEvents';
import { useRosterStore } from '../roster/rosterStore';
import { useBreakoutsStore } from '../breakouts/breakoutsStore';

/** A join is starting: nothing of the last meeting may show, and its events may arrive before join answers. */
export function resetMeetingStores(): void {
  useRosterStore().reset();
  const chat = useChatStore();
  chat.reset();
  chat.setSelf(null);
  resetMeetingControls();
  useBreakoutsStore().reset();
}

/** We are in the meeting as `self`: stores that tell our own doings apart learn who we are. */
export function enterMeetingStores(self: JoinedInfo): void {
  useChatStore().setSelf(self);
}

/**
 * The node moved us to another room of the same meeting: the chat keeps the main room's history.
 * A host whose media moved stays the same participant with the same event stream, so the roster stays;
 * anyone else gets the new room's roster from its stream.
 */
export function moveMeetingStores(self: JoinedInfo, sameParticipant: boolean): void {
  if (!sameParticipant) useRosterStore().reset();
  enterMeetingStores(self);
}

/** Main already had this meeting (after a renderer reload): the stores take over what it holds. */
export function restoreMeetingStores(snapshot: MeetingSnapshot): void {
  enterMeetingStores(snapshot.info);
  useRosterStore().replace(snapshot.participants);
  useChatStore().load(snapshot.chatHistory);
}

/** The meeting is over (left or ended): what it showed stays until the next join, but it is no longer ours. */
export function endMeetingStores(): void {
  useChatStore().setSelf(null);
}
