// The room display's side of kiosk mode: the policy's status, and driving the ordinary session
// and call stores when the policy joined by itself (start the call, restore microphone, camera,
// devices), plus reporting failed media back so the policy rejoins.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { KioskEventBody, KioskRoomState, KioskStatus } from '../../../electron/shared/kioskCommands';
import type { JoinedInfo } from '../../../electron/shared/meeting';
import { useBridge } from '../bridge';
import { useCallStore } from '../stores/call';
import { useDevicesStore } from '../stores/devices';
import { useSessionStore } from '../stores/session';
import { fallbackNotice, pickDevice } from './deviceFallback';

export const useKioskStore = defineStore('kiosk', () => {
  const enabled = ref(false);
  const status = ref<KioskStatus | null>(null);
  /** Says when the configured camera or microphone is missing and another one is used. */
  const deviceNotices = ref<Partial<Record<'camera' | 'microphone', string>>>({});
  let started = false;

  async function start(): Promise<void> {
    if (started) return;
    started = true;
    const result = await useBridge()
      .kioskStatus(null)
      .catch(() => null);
    if (!result?.ok || !result.value) return;
    applyStatus(result.value);
    watchMedia();
    navigator.mediaDevices?.addEventListener?.('devicechange', () => void syncDevices());
    const { meeting, room } = result.value;
    if (result.value.state === 'in_meeting' && meeting) await adopt(meeting, room);
  }

  function applyStatus(next: KioskStatus): void {
    enabled.value = true;
    status.value = next;
  }

  function handleEvent(event: KioskEventBody): void {
    if (event.type === 'kiosk_status') applyStatus(event.status);
    else void adopt(event.info, event.room);
  }

  /** Puts the session store into the meeting the policy joined (the App starts the call). */
  async function adopt(info: JoinedInfo, room: KioskRoomState): Promise<void> {
    const session = useSessionStore();
    if (session.state !== 'in_meeting' || session.info?.participantUuid !== info.participantUuid) {
      if (session.state === 'ended') session.backToJoin();
      else if (session.state === 'in_meeting') session.handleSessionEnded('left', '');
      if (session.state !== 'idle') return;
      await session.restoreFromMain();
    }
    applyRoom(room);
  }

  function applyRoom(room: KioskRoomState): void {
    const call = useCallStore();
    // Toggling also tells the node about the microphone, as a person pressing the button would.
    if (call.micMuted !== room.micMuted) void call.toggleMicrophone();
    if (call.cameraOff !== room.cameraOff) call.toggleCamera();
  }

  function watchMedia(): void {
    const call = useCallStore();
    watch(
      () => call.status,
      (now) => {
        if (now === 'connected') void syncDevices();
        if (now !== 'disconnected' || status.value?.state !== 'in_meeting') return;
        void useBridge().kioskMediaFailed({ reason: call.problem ?? 'The meeting media failed' });
      },
    );
  }

  /** Uses the configured devices when plugged in; falls back (and says so) when not. */
  async function syncDevices(): Promise<void> {
    const devices = useDevicesStore();
    const wanted = status.value?.devices;
    if (!wanted) return;
    await devices.refreshDevices();
    let restartCall = false;
    for (const kind of ['camera', 'microphone'] as const) {
      const label = wanted[kind];
      const pick = pickDevice(devices.lists[kind], label);
      const notices = { ...deviceNotices.value };
      if (label && pick.fallback) notices[kind] = fallbackNotice(kind, label, pick.choice);
      else delete notices[kind];
      deviceNotices.value = notices;
      if (pick.choice && pick.choice.deviceId !== devices.choices[kind]?.deviceId) {
        await devices.choose(kind, pick.choice.deviceId);
        restartCall = true;
      }
    }
    const speaker = pickDevice(devices.lists.speaker, wanted.speaker);
    if (speaker.choice && speaker.choice.deviceId !== devices.choices.speaker?.deviceId) await devices.choose('speaker', speaker.choice.deviceId);
    // The call carries the old capture's tracks: a new call picks up the new device.
    const call = useCallStore();
    if (restartCall && call.status !== 'idle') await call.reconnect();
  }

  async function setRoom(change: Partial<Omit<KioskRoomState, 'layout'>>): Promise<void> {
    const result = await useBridge().kioskSetRoom(change);
    if (!result.ok) console.warn('Parley: the room state was not kept:', result.error.message);
  }

  async function toggleMicrophone(): Promise<void> {
    const call = useCallStore();
    await call.toggleMicrophone();
    await setRoom({ micMuted: call.micMuted });
  }

  async function toggleCamera(): Promise<void> {
    const call = useCallStore();
    call.toggleCamera();
    await setRoom({ cameraOff: call.cameraOff });
  }

  return { enabled, status, deviceNotices, start, handleEvent, setRoom, toggleMicrophone, toggleCamera };
});
