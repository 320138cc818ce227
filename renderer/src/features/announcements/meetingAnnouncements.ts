// Watches the meeting and says, politely, what a sighted person would notice: chat messages,
// people joining and leaving (summarised), being muted by a host, a presentation starting or
// ending, and waiting to be admitted. Called from the meeting screen's setup, so the watchers end
// with the screen.
import { watch } from 'vue';
import { t } from '../../i18n';
import { useCallStore } from '../call/callStore';
import { useChatStore } from '../chat/chatStore';
import { useRosterStore } from '../roster/rosterStore';
import { shownName } from '../roster/rosterOrder';
import { useSessionStore } from '../session/sessionStore';
import { useAnnouncementsStore } from './announcementsStore';
import { rosterAnnouncements, rosterDifference, type RosterSnapshot } from './rosterAnnouncements';

/** Joins and leaves within this long are said together ("3 people joined"). */
export const rosterSummaryMs = 1500;

export function watchMeetingAnnouncements(selfUuid: () => string, waiting: () => boolean): void {
  const announcements = useAnnouncementsStore();
  const roster = useRosterStore();
  const chat = useChatStore();
  const call = useCallStore();
  const session = useSessionStore();

  // People: compared with the roster as it was when the last summary was said.
  const snapshot = (): RosterSnapshot => ({ names: new Map(roster.participants.map((p) => [p.uuid, shownName(p)])) });
  let said: RosterSnapshot | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(
    () => roster.participants,
    (participants) => {
      // The first roster of a meeting is who was already there, not news.
      if (said === null) {
        if (participants.length > 0) said = snapshot();
        return;
      }
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        const now = snapshot();
        const lines = rosterAnnouncements(rosterDifference(said ?? now, now, selfUuid()));
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
