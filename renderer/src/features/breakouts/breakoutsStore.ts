// Breakout rooms as the renderer shows them: the host's open rooms with their rosters, timers and
// help requests (from the core's breakout_rooms events), this participant's own room (breakout_location),
// and every breakout command, each reporting a refusal in words. A clock ticks while a timer shows.
// A refusal and the move announcement are kept as what they say and put into words when read, so they
// follow a language switch; a room's and the node's own words stay as they came.
import { t } from '../../i18n';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type {
  BreakoutConferenceActionName,
  BreakoutLocation,
  BreakoutParticipantActionName,
  BreakoutRoomView,
  CommandError,
  OpenBreakoutsRequest,
  Result,
} from '../../../../electron/shared/bridge';
import { useBridge } from '../../bridge';
import { describeRefusal } from '../hostControls/meetingControlsStore';
import { endingSoon } from './breakoutAssignment';
import { breakoutRoomName } from './breakoutTexts';

const tickMs = 1000;

/** The breakout actions, by their label's message (breakouts.<action>). */
export type BreakoutAction =
  | 'open'
  | 'move'
  | 'joinRoomAction'
  | 'returnToMain'
  | 'sendAll'
  | 'closeRoom'
  | 'closeAll'
  | 'clearHelp'
  | 'askHelp'
  | 'cancelHelp'
  | 'leave'
  | 'roomLayout'
  | 'mute'
  | 'unmute'
  | 'muteGuests'
  | 'lockRoom';

/** What screen readers were last told about a move: into a room (its name as the node gave it), or back. */
type MoveAnnouncement = { into: string } | { backInMain: true } | null;

export const useBreakoutsStore = defineStore('breakouts', () => {
  const rooms = ref<BreakoutRoomView[]>([]);
  const location = ref<BreakoutLocation | null>(null);
  /** The last refused action and the refusal, as they came. */
  const refused = ref<{ action: BreakoutAction; error: CommandError } | null>(null);
  /** The last refused action and why, in the current language. */
  const failure = computed(() => (refused.value ? { action: t(`breakouts.${refused.value.action}`), message: describeRefusal(refused.value.error) } : null));
  const moved = ref<MoveAnnouncement>(null);
  /** What screen readers are told about moves (a live region shows it), in the current language. */
  const announcement = computed(() => {
    const now = moved.value;
    if (!now) return '';
    return 'into' in now ? t('breakouts.youAreIn', { room: breakoutRoomName(now.into) }) : t('breakouts.backInMain');
  });
  const busy = ref(false);
  const now = ref(Date.now());
  let clock: ReturnType<typeof setInterval> | null = null;

  const open = computed(() => rooms.value.length > 0);
  const endingSoonNotice = computed(() => endingSoon(location.value?.endsAt ?? null, now.value));

  function updateClock(): void {
    const timed = rooms.value.some((room) => room.endsAt !== null) || (location.value?.endsAt ?? null) !== null;
    if (timed && clock === null) {
      now.value = Date.now();
      clock = setInterval(() => (now.value = Date.now()), tickMs);
    } else if (!timed && clock !== null) {
      clearInterval(clock);
      clock = null;
    }
  }

  function setRooms(next: BreakoutRoomView[]): void {
    rooms.value = next;
    updateClock();
  }

  function setLocation(next: BreakoutLocation | null): void {
    const before = location.value;
    location.value = next;
    if (next && next.breakoutUuid !== before?.breakoutUuid) moved.value = { into: next.name };
    else if (!next && before) moved.value = { backInMain: true };
    updateClock();
  }

  /**
   * We were moved: back in the main room there is no location; in a room, its name shows at once
   * and the room's own details (timer, help request) follow with its breakout_location.
   */
  function handleMoved(room: { breakoutUuid: string; name: string } | null): void {
    if (room === null) setLocation(null);
    else if (location.value?.breakoutUuid !== room.breakoutUuid) {
      setLocation({ ...room, endsAt: null, endAction: 'transfer', guestsAllowedToLeave: false, helpRequested: false });
    }
  }

  async function run<T>(action: BreakoutAction, send: () => Promise<Result<T, CommandError>>): Promise<Result<T, CommandError>> {
    busy.value = true;
    try {
      const result = await send();
      refused.value = result.ok ? null : { action, error: result.error };
      return result;
    } finally {
      busy.value = false;
    }
  }

  const bridge = () => useBridge();

  return {
    rooms,
    location,
    failure,
    announcement,
    busy,
    now,
    open,
    endingSoonNotice,
    setRooms,
    setLocation,
    handleMoved,
    openRooms: (request: OpenBreakoutsRequest) => run('open', () => bridge().openBreakouts(request)),
    move: (from: string, to: string, participantUuids: string[]) =>
      run('move', () => bridge().moveToBreakout({ from, to, participantUuids })),
    joinRoom: (breakoutUuid: string) => run('joinRoomAction', () => bridge().joinBreakout({ breakoutUuid })),
    returnToMain: () => run('returnToMain', () => bridge().joinBreakout({ breakoutUuid: 'main' })),
    broadcast: (text: string) => run('sendAll', () => bridge().messageBreakouts({ text })),
    closeRoom: (breakoutUuid: string) => run('closeRoom', () => bridge().closeBreakout({ breakoutUuid })),
    closeAll: () => run('closeAll', () => bridge().closeAllBreakouts(null)),
    clearHelp: (breakoutUuid: string) => run('clearHelp', () => bridge().clearBreakoutHelp({ breakoutUuid })),
    askForHelp: () => run('askHelp', () => bridge().askForHelp({ cancel: false })),
    cancelHelp: () => run('cancelHelp', () => bridge().askForHelp({ cancel: true })),
    leave: () => run('leave', () => bridge().leaveBreakout(null)),
    participantAction: (breakoutUuid: string, participantUuid: string, action: BreakoutParticipantActionName, label: BreakoutAction) =>
      run(label, () => bridge().breakoutParticipantAction({ breakoutUuid, participantUuid, action })),
    conferenceAction: (breakoutUuid: string, action: BreakoutConferenceActionName, label: BreakoutAction) =>
      run(label, () => bridge().breakoutConferenceAction({ breakoutUuid, action })),
    setLayout: (breakoutUuid: string, layout: string) => run('roomLayout', () => bridge().breakoutLayout({ breakoutUuid, layout })),
    dismissFailure: () => (refused.value = null),
    reset(): void {
      rooms.value = [];
      location.value = null;
      refused.value = null;
      moved.value = null;
      updateClock();
    },
  };
});
