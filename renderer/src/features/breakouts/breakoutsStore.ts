// Breakout rooms as the renderer shows them: the host's open rooms with their rosters, timers and
// help requests (from the core's breakout_rooms events), this participant's own room (breakout_location),
// and every breakout command, each reporting a refusal in words. A clock ticks while a timer shows.
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

export const useBreakoutsStore = defineStore('breakouts', () => {
  const rooms = ref<BreakoutRoomView[]>([]);
  const location = ref<BreakoutLocation | null>(null);
  /** The last refused action and why, in words. */
  const failure = ref<{ action: string; message: string } | null>(null);
  /** What screen readers are told about moves (a live region shows it). */
  const announcement = ref('');
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
    if (next && next.breakoutUuid !== before?.breakoutUuid) announcement.value = t('breakouts.youAreIn', { room: breakoutRoomName(next.name) });
    else if (!next && before) announcement.value = t('breakouts.backInMain');
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

  async function run<T>(action: string, send: () => Promise<Result<T, CommandError>>): Promise<Result<T, CommandError>> {
    busy.value = true;
    try {
      const result = await send();
      failure.value = result.ok ? null : { action, message: describeRefusal(result.error) };
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
    openRooms: (request: OpenBreakoutsRequest) => run(t('breakouts.open'), () => bridge().openBreakouts(request)),
    move: (from: string, to: string, participantUuids: string[]) =>
      run(t('breakouts.move'), () => bridge().moveToBreakout({ from, to, participantUuids })),
    joinRoom: (breakoutUuid: string) => run(t('breakouts.joinRoomAction'), () => bridge().joinBreakout({ breakoutUuid })),
    returnToMain: () => run(t('breakouts.returnToMain'), () => bridge().joinBreakout({ breakoutUuid: 'main' })),
    broadcast: (text: string) => run(t('breakouts.sendAll'), () => bridge().messageBreakouts({ text })),
    closeRoom: (breakoutUuid: string) => run(t('breakouts.closeRoom'), () => bridge().closeBreakout({ breakoutUuid })),
    closeAll: () => run(t('breakouts.closeAll'), () => bridge().closeAllBreakouts(null)),
    clearHelp: (breakoutUuid: string) => run(t('breakouts.clearHelp'), () => bridge().clearBreakoutHelp({ breakoutUuid })),
    askForHelp: () => run(t('breakouts.askHelp'), () => bridge().askForHelp({ cancel: false })),
    cancelHelp: () => run(t('breakouts.cancelHelp'), () => bridge().askForHelp({ cancel: true })),
    leave: () => run(t('breakouts.leave'), () => bridge().leaveBreakout(null)),
    participantAction: (breakoutUuid: string, participantUuid: string, action: BreakoutParticipantActionName, label: string) =>
      run(label, () => bridge().breakoutParticipantAction({ breakoutUuid, participantUuid, action })),
    conferenceAction: (breakoutUuid: string, action: BreakoutConferenceActionName, label: string) =>
      run(label, () => bridge().breakoutConferenceAction({ breakoutUuid, action })),
    setLayout: (breakoutUuid: string, layout: string) => run(t('breakouts.roomLayout'), () => bridge().breakoutLayout({ breakoutUuid, layout })),
    dismissFailure: () => (failure.value = null),
    reset(): void {
      rooms.value = [];
      location.value = null;
      failure.value = null;
      announcement.value = '';
      updateClock();
    },
  };
});
