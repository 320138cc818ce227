// The room display's side of kiosk mode: the policy's status, and driving the ordinary session
// and call stores when the policy joined by itself (start the call, restore microphone, camera,
// devices), plus reporting failed media back so the policy rejoins.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { CommandError, Result } from '../../../../electron/shared/bridge';
import type { KioskEventBody, KioskRoomState, KioskSetupError, KioskSetupFields, KioskStatus } from '../../../../electron/shared/kioskCommands';
import type { JoinedInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import { useCallStore } from '../call/callStore';
import { callProblemText } from '../call/callProblemText';
import { useCaptionsStore } from '../captions/captionsStore';
import { useDevicesStore } from '../devices/devicesStore';
import { useSessionStore } from '../session/sessionStore';
import type { MediaFailureReport } from './kioskReasonText';
import { decideDevice, deviceNoticeText, needsSwitch, pickDevice, type DeviceInUse, type DeviceNotice, type FallbackKind } from './deviceFallback';
import { useMediaSettingsStore } from '../devices/mediaSettingsStore';
import { countersOf, mediaStatsBetween, type MediaCounters } from './mediaStatsSampler';
import { setKioskLanguage } from '../preferences/preferenceChoice';

/** How often the room reports its call's bitrate and loss for /metrics. */
const mediaStatsEveryMs = 5_000;

export const useKioskStore = defineStore('kiosk', () => {
  const enabled = ref(false);
  const status = ref<KioskStatus | null>(null);
  /** What the room is told about its devices (a configured one missing, another used), kept as parts so the words follow a change of the room's language. */
  const deviceNoticeParts = ref<Partial<Record<FallbackKind, DeviceNotice>>>({});
  const deviceNotices = computed(() => {
    const words: Partial<Record<FallbackKind, string>> = {};
    for (const [kind, notice] of Object.entries(deviceNoticeParts.value) as [FallbackKind, DeviceNotice][]) words[kind] = deviceNoticeText(notice);
    return words;
  });
  /**
   * The call problem the display last reported to main, with the English main was sent (for its log and
   * health document): main shows that English back as the reason, and the display says it in its language.
   */
  const reportedMediaFailure = ref<MediaFailureReport | null>(null);
  let started = false;

  async function start(): Promise<void> {
    if (started) return;
    started = true;
    const result = await useBridge().kioskStatus(null);
    if (!result.ok || !result.value) return;
    applyStatus(result.value);
    watchMedia();
    watchCaptions();
    reportMediaStats();
    navigator.mediaDevices?.addEventListener?.('devicechange', () => void syncDevices());
    const { meeting, room } = result.value;
    if (result.value.state === 'in_meeting' && meeting) await adopt(meeting, room);
  }

  function applyStatus(next: KioskStatus): void {
    enabled.value = true;
    status.value = next;
    // The room's configured language wins over the display's settings and its OS.
    setKioskLanguage(next.language ?? null);
    // The room's configured bandwidth: applied to the running call, never remembered on the display.
    const bandwidth = next.media?.bandwidth;
    if (bandwidth) useMediaSettingsStore().setBandwidth(bandwidth, { remember: false });
    // Likewise RNNoise on the room's microphone (applied by the microphone processing store).
    const rnnoise = next.media?.rnnoise;
    if (typeof rnnoise === 'boolean' && useMediaSettingsStore().settings.rnnoise !== rnnoise) {
      useMediaSettingsStore().update({ rnnoise }, { remember: false });
    }
    // The room camera's configured background effect, the same way.
    const backgroundEffect = next.media?.backgroundEffect;
    if (backgroundEffect) useMediaSettingsStore().setBackgroundEffect(backgroundEffect, { remember: false });
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
        // Main gets English (or nothing: its own "media failed", which it sends as a wording).
        const problem = call.problemParts;
        reportedMediaFailure.value = problem ? { english: callProblemText(problem, 'en').trim(), problem } : null;
        void useBridge().kioskMediaFailed({ reason: reportedMediaFailure.value?.english ?? '' });
      },
    );
  }

  /** Every few seconds in a call: bitrate and loss from getStats(), for the health server's /metrics. */
  function reportMediaStats(): void {
    let last: MediaCounters | null = null;
    setInterval(() => {
      const peer = useCallStore().currentPeer;
      if (!peer || useCallStore().status !== 'connected') {
        last = null;
        return;
      }
      void peer
        .stats()
        .then((report) => {
          const counters = countersOf(report.values() as Iterable<Record<string, unknown>>, performance.now());
          const figures = last ? mediaStatsBetween(last, counters) : null;
          last = counters;
          if (figures) void useBridge().kioskMediaStats(figures);
        })
        .catch(() => {
          last = null;
        });
    }, mediaStatsEveryMs);
  }

  /** The policy asks the node for captions (and again after a rejoin); the screen shows the lines. */
  function watchCaptions(): void {
    const session = useSessionStore();
    watch(
      () => [status.value?.room.captions === true, session.state === 'in_meeting', session.info?.participantUuid] as const,
      ([wanted, inMeeting]) => useCaptionsStore().follow(wanted && inMeeting),
      { immediate: true },
    );
  }

  /** Device changes apply one at a time (a devicechange can arrive while the call connects). */
  let deviceSync: Promise<void> = Promise.resolve();
  function syncDevices(): Promise<void> {
    deviceSync = deviceSync.then(applyDevices).catch((error: unknown) => {
      console.warn('Parley: the room devices were not updated:', error instanceof Error ? error.message : error);
    });
    return deviceSync;
  }

  /**
   * Uses the configured devices when plugged in; falls back (and says so) when not, and back when
   * they return. Switches tracks in place, so the call stays up.
   */
  async function applyDevices(): Promise<void> {
    const devices = useDevicesStore();
    const wanted = status.value?.devices;
    if (!wanted) return;
    await devices.refreshDevices();
    const call = useCallStore();
    const notices: Partial<Record<FallbackKind, DeviceNotice>> = {};
    for (const kind of ['camera', 'microphone'] as const) {
      const trackKind = kind === 'camera' ? 'video' : 'audio';
      const inUse = trackInUse(devices.stream, trackKind);
      const target = decideDevice(kind, devices.lists[kind], wanted[kind], inUse?.deviceId ?? null);
      if (target.notice) notices[kind] = target.notice;
      // Without a call there is nothing to switch: the next call's first sync does it.
      if (call.status === 'idle' || !needsSwitch(target, inUse)) continue;
      const switched = await devices.switchDevice(kind, target.device?.deviceId ?? null);
      if (switched.ok) await call.replaceLocalTrack(trackKind, switched.track);
      else notices[kind] = { said: 'deviceFailed', kind, label: target.device?.label ?? '', reason: switched };
    }
    deviceNoticeParts.value = notices;
    const speaker = pickDevice(devices.lists.speaker, wanted.speaker);
    if (speaker.choice && speaker.choice.deviceId !== devices.choices.speaker?.deviceId) await devices.choose('speaker', speaker.choice.deviceId);
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

  // ---- the room's own commands: the policy joins and leaves, the administrator exits or sets up ----

  async function join(): Promise<void> {
    const result = await useBridge().kioskJoin(null);
    if (!result.ok) console.warn('Parley: join failed:', result.error.message);
  }

  function leave(): Promise<Result<null, CommandError>> {
    return useBridge().kioskLeave(null);
  }

  async function rejoin(): Promise<void> {
    await leave();
    await useBridge().kioskJoin(null);
  }

  function exit(adminPin: string): Promise<Result<null, CommandError>> {
    return useBridge().kioskExit({ adminPin });
  }

  /** Whether the admin PIN is right (a failed check counts as wrong). */
  async function checkAdminPin(pin: string): Promise<boolean> {
    const result = await useBridge().kioskCheckAdminPin({ pin });
    return result.ok && result.value;
  }

  function saveSetup(adminPin: string, fields: KioskSetupFields): Promise<Result<KioskStatus, KioskSetupError>> {
    return useBridge().kioskSaveSetup({ adminPin, fields });
  }

  return {
    enabled,
    status,
    deviceNotices,
    reportedMediaFailure,
    start,
    handleEvent,
    setRoom,
    toggleMicrophone,
    toggleCamera,
    join,
    leave,
    rejoin,
    exit,
    checkAdminPin,
    saveSetup,
  };
});

/** The device behind the capture's track of one kind, and whether it still runs. */
function trackInUse(stream: MediaStream | null, kind: 'audio' | 'video'): DeviceInUse | null {
  const track = (kind === 'audio' ? stream?.getAudioTracks() : stream?.getVideoTracks())?.[0];
  const deviceId = track?.getSettings().deviceId;
  return track && deviceId ? { deviceId, live: track.readyState === 'live' } : null;
}
