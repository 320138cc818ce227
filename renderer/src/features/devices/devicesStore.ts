// Cameras, microphones and speakers: the lists, the remembered choices, and the one local capture
// stream shared by the preflight preview and the call.
import { defineStore } from 'pinia';
import { computed, markRaw, ref, shallowRef } from 'vue';
import {
  listDevices,
  loadDeviceChoices,
  matchDevice,
  saveDeviceChoices,
  type DeviceChoices,
  type DeviceKind,
  type DeviceLists,
  type DeviceOption,
} from '../../media/devices';
import { acquireLocalMedia, deviceProblemText, type DeviceProblem } from '../../media/localMedia';
import { captureDeviceTrack, type CaptureKind } from '../../media/deviceTrack';
import { mediaFailure, type MediaFailure } from '../../media/mediaFailure';
import { useSettingsStore } from '../settings/settingsStore';
import { choicesFromLabels, labelsAfterChoice, type DeviceLabels } from './rememberedDeviceLabels';

/** Which devices a capture opens (an audio-only join never opens the camera). */
export interface CaptureWants {
  microphone: boolean;
  camera: boolean;
}

const everything: CaptureWants = { microphone: true, camera: true };

/** The outcome of switching one device in place: the track now in use (null: that kind is off). */
export type DeviceSwitch = { ok: true; track: MediaStreamTrack | null } | MediaFailure;

/** The outcome of opening the camera beside the microphone: its track, or why there is none. */
export type CameraAdded = { ok: true; track: MediaStreamTrack } | { ok: false; problem: DeviceProblem };

export const speakerSelectionSupported =
  typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

export const useDevicesStore = defineStore('devices', () => {
  const lists = ref<DeviceLists>({ camera: [], microphone: [], speaker: [] });
  const choices = ref<DeviceChoices>(loadDeviceChoices());
  // shallowRef + markRaw: a MediaStream must reach srcObject unproxied.
  const stream = shallowRef<MediaStream | null>(null);
  /** Whether the capture has a camera (the call may be audio only). */
  const hasCamera = computed(() => (stream.value?.getVideoTracks().length ?? 0) > 0);
  /** Why a device is missing from the capture, kept as parts so the words follow a language switch. */
  const problemParts = ref<DeviceProblem[]>([]);
  /** The same, in the current language. */
  const problems = computed(() => problemParts.value.map((problem) => deviceProblemText(problem)));
  const acquiring = ref(false);
  let pending: Promise<MediaStream> | null = null;
  /** What the last capture was asked for, so a device switch opens the same kinds again. */
  let lastWants: CaptureWants = everything;
  // Bumped on release, so a capture that finishes after it is discarded.
  let generation = 0;

  function chosenId(kind: DeviceKind): string | null {
    // An empty id is a device remembered by label only, not (yet) found: the default is used.
    return choices.value[kind]?.deviceId || null;
  }

  /**
   * The current capture, or a new one (concurrent callers share it). A capture holding a kind that is
   * not wanted any more (the camera, for an audio-only join) stops that kind first.
   */
  async function ensureLocalMedia(wants: CaptureWants = everything): Promise<MediaStream> {
    const before = lastWants;
    lastWants = wants;
    if (pending) await pending;
    // A kind the last capture left out is wanted now (audio only → video): capture again.
    if ((wants.camera && !before.camera) || (wants.microphone && !before.microphone)) release();
    const current = stream.value;
    if (current) {
      const unwanted = current.getTracks().filter((track) => (track.kind === 'video' ? !wants.camera : !wants.microphone));
      if (unwanted.length === 0) return current;
      for (const track of unwanted) track.stop();
      const kept = markRaw(new MediaStream(current.getTracks().filter((track) => !unwanted.includes(track))));
      stream.value = kept;
      return kept;
    }
    pending ??= capture(wants).finally(() => {
      pending = null;
    });
    return pending;
  }

  async function capture(wants: CaptureWants): Promise<MediaStream> {
    const started = generation;
    acquiring.value = true;
    // With permission already granted, the lists are complete now: a remembered device whose id
    // changed is found by its label before capturing.
    await refreshDevices();
    const media = await acquireLocalMedia({
      cameraId: chosenId('camera'),
      microphoneId: chosenId('microphone'),
      camera: wants.camera,
      microphone: wants.microphone,
    });
    acquiring.value = false;
    if (started !== generation) {
      for (const track of media.stream.getTracks()) track.stop();
      return markRaw(new MediaStream());
    }
    stream.value = markRaw(media.stream);
    problemParts.value = media.problems;
    // The lists are for the preflight selects; the call need not wait for them.
    void refreshDevices();
    return media.stream;
  }

  /** Device labels and ids are only complete once capture permission is granted. */
  async function refreshDevices(): Promise<void> {
    try {
      lists.value = await listDevices();
      matchChoices();
    } catch (error) {
      console.warn('Parley: could not list media devices:', error instanceof Error ? error.message : error);
    }
  }

  function matchChoices(): void {
    const current = stream.value;
    const used: Record<'camera' | 'microphone', string | undefined> = {
      camera: current?.getVideoTracks()[0]?.getSettings().deviceId,
      microphone: current?.getAudioTracks()[0]?.getSettings().deviceId,
    };
    for (const kind of ['camera', 'microphone', 'speaker'] as const) {
      const before = choices.value[kind];
      const remembered = matchDevice(lists.value[kind], before);
      if (remembered) choices.value[kind] = remembered;
      else if (current && kind !== 'speaker') {
        choices.value[kind] = lists.value[kind].find((option) => option.deviceId === used[kind]) ?? before;
      }
    }
  }

  /** The desktop settings' remembered labels (read at start): they pick the devices. */
  function adoptLabels(labels: DeviceLabels): void {
    choices.value = choicesFromLabels(choices.value, labels);
    matchChoices();
  }

  function rememberLabel(kind: DeviceKind, option: DeviceOption | null): void {
    const settings = useSettingsStore();
    const current = settings.current();
    if (!current || settings.locked('devices')) return;
    const next = labelsAfterChoice(current.devices, kind, option);
    if (next) void settings.change({ devices: next });
  }

  async function choose(kind: DeviceKind, deviceId: string): Promise<void> {
    const option = lists.value[kind].find((candidate) => candidate.deviceId === deviceId) ?? null;
    choices.value = { ...choices.value, [kind]: option };
    saveDeviceChoices(choices.value);
    rememberLabel(kind, option);
    if (kind === 'speaker') return;
    if (pending) await pending;
    const wants = lastWants;
    release();
    await ensureLocalMedia(wants);
  }

  /**
   * Switches one device of the running capture while the other keeps running (a device unplugged
   * or back during a call); null leaves that kind out. The caller hands the track to the call.
   */
  async function switchDevice(kind: CaptureKind, deviceId: string | null): Promise<DeviceSwitch> {
    if (pending) await pending;
    const current = stream.value;
    if (!current) return mediaFailure('nothingCaptured');
    let track: MediaStreamTrack | null = null;
    if (deviceId) {
      const captured = await captureDeviceTrack(kind, deviceId);
      if (!captured.ok) return captured;
      track = captured.track;
    }
    if (stream.value !== current) {
      // Released or replaced meanwhile (left the meeting): this capture is not wanted.
      track?.stop();
      return mediaFailure('captureChanged');
    }
    if (track) {
      const option = lists.value[kind].find((candidate) => candidate.deviceId === deviceId) ?? null;
      choices.value = { ...choices.value, [kind]: option };
      saveDeviceChoices(choices.value);
    }
    const trackKind = kind === 'camera' ? 'video' : 'audio';
    const others = current.getTracks().filter((existing) => existing.kind !== trackKind);
    // A new stream object, so everything showing the capture (self view) picks up the change.
    stream.value = markRaw(new MediaStream(track ? [...others, track] : others));
    for (const old of current.getTracks()) if (old.kind === trackKind) old.stop();
    return { ok: true, track };
  }

  /** Opens the camera beside the running microphone (adding video to an audio-only call). */
  async function addCamera(): Promise<CameraAdded> {
    if (pending) await pending;
    const current = stream.value;
    const existing = current?.getVideoTracks()[0];
    if (existing) return { ok: true, track: existing };
    const media = await acquireLocalMedia({ cameraId: chosenId('camera'), microphoneId: null, camera: true, microphone: false });
    const track = media.stream.getVideoTracks()[0];
    if (!track) return { ok: false, problem: media.problems[0] ?? { said: 'notFound', device: 'camera' } };
    lastWants = everything;
    stream.value = markRaw(new MediaStream([...(current?.getTracks() ?? []), track]));
    problemParts.value = [];
    return { ok: true, track };
  }

  /** Stops the capture (leaving, or switching devices). */
  function release(): void {
    generation++;
    for (const track of stream.value?.getTracks() ?? []) track.stop();
    stream.value = null;
  }

  return { lists, choices, stream, hasCamera, problems, acquiring, ensureLocalMedia, refreshDevices, choose, adoptLabels, switchDevice, addCamera, release };
});
