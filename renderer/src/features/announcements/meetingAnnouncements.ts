// Watches the meeting and says, politely, what a sighted person would notice: chat messages,
// people joining and leaving (summarised), being muted by a host, a presentation starting or
// ending, waiting to be admitted, and (for hosts) others waiting to be admitted, those already
// waiting when we joined included. Called from the meeting screen's setup, so the watchers end
// with the screen.
import { watch } from 'vue';
import { t } from '../../i18n';
import { useCallStore } from '../call/callStore';
import { useChatStore } from '../chat/chatStore';
import { useRosterStore } from '../roster/rosterStore';
import { shownName } from '../roster/rosterOrder';
import { useSessionStore } from '../session/sessionStore';
import { useAnnouncementsStore } from './announcementsStore';
import { lobbyAnnouncements, newlyWaiting, type LobbyEntry } from './lobbyAnnouncements';
import { rosterAnnouncements, rosterDifference, type RosterSnapshot } from './rosterAnnouncements';

/** Joins and leaves within this long are said together ("3 people joined"). */
export const rosterSummaryMs = 1500;

export function watchMeetingAnnouncements(selfUuid: () => string, waiting: () => boolean, host: () => boolean): void {
  const announcements = useAnnouncementsStore();
  const roster = useRosterStore();
  const chat = useChatStore();
  const call = useCallStore();
  const session = useSessionStore();

  // People: compared with the roster as it was when the last summary was said.
  const snapshot = (): RosterSnapshot => ({ names: new Map(roster.participants.map((p) => [p.uuid, shownName(p)])) });
  let said: RosterSnapshot | null = null;
  /** People a host was told are waiting (each once, while they wait). */
  const saidWaiting = new Set<string>();
  const lobby = (): LobbyEntry[] => roster.participants.map((p) => ({ uuid: p.uuid, name: shownName(p), waiting: p.serviceType === 'waiting_room' }));
  /** A host's lines for people newly waiting; they are then not said again as joins. */
  function waitingLines(): { lines: string[]; uuids: Set<string> } {
    if (!host()) return { lines: [], uuids: new Set() };
    const entries = lobby();
    const fresh = newlyWaiting(entries, saidWaiting, selfUuid());
    // Admitted (or gone) people may wait again later and be said again.
    for (const uuid of saidWaiting) if (!entries.some((entry) => entry.uuid === uuid && entry.waiting)) saidWaiting.delete(uuid);
    for (const entry of fresh) saidWaiting.add(entry.uuid);
    return { lines: lobbyAnnouncements(fresh), uuids: new Set(fresh.map((entry) => entry.uuid)) };
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(
    () => roster.participants,
    (participants) => {
      // The first roster of a meeting is who was already there, not news, except to a host who
      // should let someone in: they hear who is already waiting, as for one who arrives later.
      if (said === null) {
        if (participants.length === 0) return;
        said = snapshot();
        void announcements.announce(...waitingLines().lines);
        return;
      }
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        const now = snapshot();
        const waitingNow = waitingLines();
        const lines = [...waitingNow.lines, ...rosterAnnouncements(rosterDifference(said ?? now, now, selfUuid(), waitingNow.uuids))];
        said = now;
        void announcements.announce(...lines);
      }, rosterSummaryMs);
    },
  );

  // Messages by id: the chat keeps a bounded list, so its length stops growing in a long meeting.
  let lastMessageId = chat.messages.at(-1)?.id ?? -1;
  watch(
    () => chat.messages.at(-1)?.id ?? -1,
    (newest) => {
      for (const message of chat.messages) {
        if (message.id <= lastMessageId) continue;
        if (!message.own && message.type === 'text/plain') void announcements.announce(t('announce.chat', { name: message.origin, text: message.payload }));
      }
      lastMessageId = newest;
    },
  );

  watch(
    () => roster.find(selfUuid())?.isMuted ?? false,
    (muted, before) => {
      // Muting ourselves mutes the microphone first; a mute we did not ask for came from a host.
      if (muted && !before && !call.micMuted) void announcements.announce(t('announce.mutedByHost'));
    },
  );

  watch(
    () => session.presentation?.presenterName ?? null,
    (name, before) => {
      if (name && name !== before) void announcements.announce(t('announce.presentationStarted', { name }));
      else if (!name && before) void announcements.announce(t('announce.presentationStopped'));
    },
  );

  watch(
    waiting,
    (now, before) => {
      if (now) void announcements.announce(t('announce.waiting'));
      else if (before) void announcements.announce(t('announce.admitted'));
    },
    { immediate: true },
  );
}
