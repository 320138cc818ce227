// The camera's background effect, before joining (the device preview's self view) and in the call:
// runs the chosen effect on the camera track, shows its result in the self view, and puts it on the
// call's video line with replaceTrack (no new offer). When the effect cannot run, or stops keeping up,
// the plain camera is shown and sent and the reason is given.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { drawingOf, type BackgroundEffect, type EffectDrawing } from '../../media/backgroundEffects/backgroundEffect';
import { builtInBackgroundUrls, decodeBackground } from '../../media/backgroundEffects/backgroundImages';
import { initialEffectState, nextEffectState, sendsEffect, type EffectEvent, type EffectState } from '../../media/backgroundEffects/effectState';
import { startEffectTrack, type EffectTrack } from '../../media/backgroundEffects/effectTrack';
import { loadOwnBackground } from '../../media/backgroundEffects/ownBackground';
import type { EffectReport } from '../../media/backgroundEffects/workerMessages';
import { useCallStore } from './callStore';
import { useDevicesStore } from '../devices/devicesStore';
import { useMediaSettingsStore } from '../devices/mediaSettingsStore';

/** How long the effect may take to show its first frame before the plain camera stays. */
const startWithinMs = 90_000;

export const useCameraEffectStore = defineStore('cameraEffect', () => {
  const state = ref<EffectState>(initialEffectState);
  /** The last second's figures while running (the bench and the e2e read them). */
  const frameRate = ref<{ inputFps: number; outputFps: number; segmentationMs: number } | null>(null);
  const running = shallowRef<{ id: number; camera: MediaStreamTrack; effect: EffectTrack } | null>(null);
  /** Numbers each pipeline, so a stopped one's late reports are ignored. */
  let pipelines = 0;
  /** The person's own picture, as kept in the profile (read again when chosen). */
  const ownBackground = ref<string | null>(loadOwnBackground());
  /** What the video sender was last given by this store, and on which call. */
  let sent: { peer: unknown; track: MediaStreamTrack | null } = { peer: null, track: null };
  let generation = 0;
  let startTimer: ReturnType<typeof setTimeout> | null = null;

  const call = useCallStore();
  const devices = useDevicesStore();
  const media = useMediaSettingsStore();

  const camera = computed(() => devices.stream?.getVideoTracks()[0] ?? null);

  /** What the self view shows: the effect's output while it runs, else the capture itself. */
  const selfViewStream = computed<MediaStream | null>(() => {
    const current = running.value;
    if (current && sendsEffect(state.value) && current.camera === camera.value) return new MediaStream([current.effect.track]);
    return devices.stream;
  });

  function dispatch(event: EffectEvent): void {
    const before = state.value;
    state.value = nextEffectState(before, event);
    if (state.value.status === 'failed' && before.status !== 'failed') stopRunning();
    if (state.value !== before) void sendCurrent();
  }

  function stopRunning(): void {
    if (startTimer) clearTimeout(startTimer);
    startTimer = null;
    running.value?.effect.stop();
    running.value = null;
    frameRate.value = null;
  }

  async function backgroundFor(drawing: EffectDrawing): Promise<ImageBitmap | null> {
    if (drawing.kind !== 'image') return null;
    const url = drawing.image === 'own' ? ownBackground.value : builtInBackgroundUrls[drawing.image];
    if (!url) return null;
    return decodeBackground(url);
  }

  function onReport(pipeline: number, report: EffectReport): void {
    if (running.value?.id !== pipeline) return;
    if (report.type === 'started') dispatch({ type: 'started' });
    else if (report.type === 'failed') dispatch({ type: 'failed', failure: report.failure });
    else if (report.type === 'frameRate') {
      frameRate.value = { inputFps: report.inputFps, outputFps: report.outputFps, segmentationMs: report.segmentationMs };
      dispatch({ type: 'frameRate', inputFps: report.inputFps, outputFps: report.outputFps });
    }
  }

  /** Brings the pipeline in line with the chosen effect and the current camera. */
  async function apply(): Promise<void> {
    const mine = ++generation;
    const effect: BackgroundEffect = media.settings.backgroundEffect;
    const track = camera.value;
    const previous = state.value;
    dispatch({ type: 'choose', effect });
    if (effect === 'off' || !track) {
      stopRunning();
      await sendCurrent();
      return;
    }
    if (state.value.status === 'failed' && previous.status === 'failed' && running.value === null && previous.effect === effect) return;
    const drawing = drawingOf(effect);
    if (drawing.kind === 'image' && drawing.image === 'own' && !ownBackground.value) {
      dispatch({ type: 'failed', failure: { code: 'noImage' } });
      return;
    }
    let background: ImageBitmap | null;
    try {
      background = await backgroundFor(drawing);
    } catch {
      if (mine === generation) dispatch({ type: 'failed', failure: { code: 'noImage' } });
      return;
    }
    if (mine !== generation) {
      background?.close();
      return;
    }
    const current = running.value;
    if (current && current.camera === track) {
      // Same camera, another look: the pipeline keeps running.
      current.effect.setDrawing(drawing, background);
      if (state.value.status === 'starting' && previous.status === 'running') dispatch({ type: 'started' });
      return;
    }
    stopRunning();
    if (state.value.status !== 'starting') state.value = { status: 'starting', effect };
    const id = ++pipelines;
    const started = await startEffectTrack(track, drawing, background, (report) => onReport(id, report));
    if (mine !== generation) {
      if (started.ok) started.effect.stop();
      return;
    }
    if (!started.ok) {
      dispatch({ type: 'failed', failure: started.failure });
      return;
    }
    started.effect.track.enabled = !call.cameraOff;
    running.value = { id, camera: track, effect: started.effect };
    // A model that has not produced one frame by then will not keep up either.
    startTimer = setTimeout(() => {
      if (running.value?.id === id && state.value.status === 'starting') dispatch({ type: 'failed', failure: { code: 'tooSlow', fps: 0 } });
    }, startWithinMs);
  }

  /** Puts the effect's output (while running) or the plain camera on the call's video line. */
  function sendCurrent(): Promise<void> {
    // One switch at a time, each deciding from the state when its turn comes (a failure right after a
    // start must not be overtaken by the start's slower switch).
    sending = sending.then(switchSender, switchSender);
    return sending;
  }
  let sending: Promise<void> = Promise.resolve();

  async function switchSender(): Promise<void> {
    const peer = call.currentPeer;
    if (!peer) {
      sent = { peer: null, track: null };
      return;
    }
    const current = running.value;
    const target = current && sendsEffect(state.value) && current.camera === camera.value ? current.effect.track : null;
    if (sent.peer !== peer) sent = { peer, track: null };
    if (sent.track === target) return;
    const result = await peer.replaceTrack('video', target ?? camera.value);
    if (result.ok) sent = { peer, track: target };
    else console.warn('Parley: the camera picture could not be switched:', result.message);
  }

  /** A new picture of the person's own was kept: use it if that is the effect in use. */
  function ownBackgroundChanged(dataUrl: string): void {
    ownBackground.value = dataUrl;
    if (media.settings.backgroundEffect === 'image-own') {
      const current = running.value;
      if (current) void decodeBackground(dataUrl).then((bitmap) => current.effect.setDrawing(drawingOf('image-own'), bitmap));
      else {
        // "No picture of your own" was the failure: with one kept, start over rather than keep showing it.
        state.value = initialEffectState;
        void apply();
      }
    }
  }

  watch([() => media.settings.backgroundEffect, camera], () => void apply(), { immediate: true });
  watch([() => call.currentPeer, () => call.status], () => void sendCurrent());
  watch(
    () => call.cameraOff,
    (off) => {
      if (running.value) running.value.effect.track.enabled = !off;
    },
  );

  return { state, frameRate, selfViewStream, ownBackground, apply, ownBackgroundChanged };
});
