// When Parley shows a native notification, and what it says: only while no Parley window has
// focus, never on a room system, each kind as Settings says (a direct chat message always), the
// hosts' kinds (someone waiting to be admitted, a raised hand) only for hosts. It follows the
// roster so a hand already raised, or a person already waiting, is not announced again; the first
// roster of a meeting tells a host who is already waiting (one by name, several as a count), as a
// person who arrives later is told.
import type { BridgeEvent } from '../shared/bridge';
import type { NotificationTarget } from '../shared/desktopWindow';
import type { Participant, Role } from '../shared/meeting';
import type { DesktopSettings } from '../shared/settings';
import { notificationText } from './notificationText';
import type { DesktopText } from './texts';

export type NotificationKind = keyof DesktopSettings['notifications'] | 'directChat';

export interface NotificationContext {
  /** A Parley window has focus: the person sees the meeting already. */
  focused: boolean;
  kiosk: boolean;
  settings: DesktopSettings['notifications'];
  /** Who we are in the meeting; null before joining. */
  self: { uuid: string; role: Role; alias: string; meetingName: string } | null;
}

export interface NativeNotice {
  kind: NotificationKind;
  /** Where a click leads. */
  target: NotificationTarget;
  title: string;
  body: string;
}

export interface NotificationPolicy {
  /** Follows `event` and answers the notification it deserves, or null. */
  consider(event: BridgeEvent, context: NotificationContext): NativeNotice | null;
}

const nameLimit = 64;
const bodyLimit = 180;

interface Remembered {
  handRaised: boolean;
  waiting: boolean;
}

const remembered = (participant: Participant): Remembered => ({ handRaised: participant.buzzTime > 0, waiting: participant.serviceType === 'waiting_room' });

export function createNotificationPolicy(text: () => DesktopText): NotificationPolicy {
  let roster = new Map<string, Remembered>();
  /** A roster was synced in this meeting: later syncs (after a reconnect, a breakout move) state who is here and announce nobody. */
  let synced = false;
  /** The meeting we were last in, to tell a transfer to another meeting from a breakout move. */
  let meetingAlias: string | null = null;

  function participantChange(participant: Participant, context: NotificationContext): NativeNotice | null {
    const before = roster.get(participant.uuid) ?? { handRaised: false, waiting: false };
    const now = remembered(participant);
    roster.set(participant.uuid, now);
    if (participant.uuid === context.self?.uuid || context.self?.role !== 'host') return null;
    const name = notificationText(participant.displayName, nameLimit);
    const meeting = notificationText(context.self.meetingName, nameLimit);
    if (now.waiting && !before.waiting && context.settings.waitingToBeAdmitted) {
      return { kind: 'waitingToBeAdmitted', target: 'lobby', title: text()('notify.waitingTitle'), body: text()('notify.waitingBody', { name, meeting }) };
    }
    if (now.handRaised && !before.handRaised && context.settings.raisedHand) {
      return { kind: 'raisedHand', target: 'roster', title: text()('notify.raisedHandTitle', { name }), body: text()('notify.raisedHandBody', { meeting }) };
    }
    return null;
  }

  /** People waiting when a host's first roster arrives: one by name, several as a count. */
  function alreadyWaiting(participants: readonly Participant[], context: NotificationContext): NativeNotice | null {
    if (context.self?.role !== 'host' || !context.settings.waitingToBeAdmitted) return null;
    const selfUuid = context.self.uuid;
    const waiting = participants.filter((participant) => participant.uuid !== selfUuid && remembered(participant).waiting);
    const meeting = notificationText(context.self.meetingName, nameLimit);
    const [only] = waiting;
    if (!only) return null;
    if (waiting.length === 1) {
      return { kind: 'waitingToBeAdmitted', target: 'lobby', title: text()('notify.waitingTitle'), body: text()('notify.waitingBody', { name: notificationText(only.displayName, nameLimit), meeting }) };
    }
    return { kind: 'waitingToBeAdmitted', target: 'lobby', title: text()('notify.waitingManyTitle', { count: waiting.length }), body: text()('notify.waitingManyBody', { meeting }) };
  }

  function decide(event: BridgeEvent, context: NotificationContext): NativeNotice | null {
    switch (event.type) {
      case 'roster': {
        roster = new Map(event.participants.map((participant) => [participant.uuid, remembered(participant)]));
        const first = !synced;
        synced = true;
        return first ? alreadyWaiting(event.participants, context) : null;
      }
      case 'participant_created':
      case 'participant_updated':
        return participantChange(event.participant, context);
      case 'participant_deleted':
        roster.delete(event.uuid);
        return null;
      case 'chat': {
        const message = event.message;
        if (message.type !== 'text/plain' || message.senderUuid === context.self?.uuid) return null;
        if (!message.direct && !context.settings.chat) return null;
        const name = notificationText(message.origin, nameLimit);
        return {
          kind: message.direct ? 'directChat' : 'chat',
          target: 'chat',
          title: text()(message.direct ? 'notify.directChatTitle' : 'notify.chatTitle', { name }),
          body: notificationText(message.payload, bodyLimit),
        };
      }
      case 'moved': {
        const transferred = meetingAlias !== null && event.info.alias !== meetingAlias;
        meetingAlias = event.info.alias;
        if (!context.settings.movedOrTransferred) return null;
        const meeting = notificationText(event.info.conferenceName || event.info.alias, nameLimit);
        const body = transferred
          ? text()('notify.transferredBody', { meeting })
          : event.room
            ? event.room.name
              ? text()('notify.movedToRoomBody', { room: notificationText(event.room.name, nameLimit) })
              : text()('notify.movedToUnnamedRoomBody')
            : text()('notify.movedToMainBody', { meeting });
        return { kind: 'movedOrTransferred', target: 'meeting', title: text()(transferred ? 'notify.transferredTitle' : 'notify.movedTitle'), body };
      }
      case 'session_ended': {
        synced = false;
        // Our own Leave needs no telling.
        if (event.code === 'left' || !context.settings.meetingEnded) return null;
        const meeting = notificationText(context.self?.meetingName ?? '', nameLimit);
        // Parley's own reason in the person's language; the node's own text as it came.
        const reason = event.wording ? text()(`ended.${event.wording}`) : notificationText(event.reason, bodyLimit);
        return {
          kind: 'meetingEnded',
          target: 'meeting',
          title: meeting ? text()('notify.endedTitleNamed', { meeting }) : text()('notify.endedTitle'),
          body: reason || text()('notify.endedBody'),
        };
      }
      default:
        return null;
    }
  }

  return {
    consider(event, context) {
      // The meeting as it was before a move (the core may already report the new one with it).
      if (context.self && event.type !== 'moved') meetingAlias = context.self.alias;
      // Every event is followed (the roster, the meeting), focused or not; only the telling waits for focus.
      const notice = decide(event, context);
      return notice && !context.focused && !context.kiosk ? notice : null;
    },
  };
}
