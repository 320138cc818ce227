import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { EffectReport } from '../../../../../renderer/src/media/backgroundEffects/workerMessages';
import { useCameraEffectStore } from '../../../../../renderer/src/features/call/cameraEffectStore';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { useDevicesStore } from '../../../../../renderer/src/features/devices/devicesStore';
import { useMediaSettingsStore } from '../../../../../renderer/src/features/devices/mediaSettingsStore';
import { freshStoresWithFakeBridge } from '../../freshStores';

// The pipeline needs Chromium's workers and breakout box: this stands in for it and records the wiring.
const { pipelines } = vi.hoisted(() => ({
  pipelines: [] as { camera: unknown; drawing: unknown; track: { enabled: boolean; kind: string }; stopped: boolean; report: (report: EffectReport) => void }[],
}));
vi.mock('../../../../../renderer/src/media/backgroundEffects/effectTrack', () => ({
  startEffectTrack: async (camera: unknown, drawing: unknown, _background: unknown, onReport: (report: EffectReport) => void) => {
    const pipeline = { camera, drawing, track: { enabled: true, kind: 'video' }, stopped: false, report: onReport };
    pipelines.push(pipeline);
    return {
      ok: true,
      effect: {
        track: pipeline.track,
        setDrawing: (next: unknown) => {
          pipeline.drawing = next;
        },
        stop: () => {
          pipeline.stopped = true;
        },
      },
    };
  },
}));
vi.mock('../../../../../renderer/src/media/backgroundEffects/backgroundImages', () => ({
  builtInBackgroundUrls: { office: 'office.svg', beach: 'beach.svg', forest: 'forest.svg' },
  decodeBackground: async () => ({ width: 1280, height: 720, close() {} }),
}));

class FakeStream {
  constructor(readonly tracks: unknown[]) {}
  getTracks = () => this.tracks;
  getVideoTracks = () => this.tracks;
  getAudioTracks = () => [];
}

const camera = { kind: 'video', enabled: true };
const sent: unknown[] = [];
const peer = {
  replaceTrack: async (kind: string, track: unknown) => {
    if (kind === 'video') sent.push(track);
    return { ok: true };
  },
};

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await nextTick();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('camera effect store', () => {
  beforeEach(() => {
    pipelines.length = 0;
    sent.length = 0;
    localStorage.clear();
    vi.stubGlobal('MediaStream', FakeStream);
    freshStoresWithFakeBridge();
  });
  afterEach(() => vi.unstubAllGlobals());

  async function inCall() {
    const devices = useDevicesStore();
    devices.stream = new FakeStream([camera]) as unknown as MediaStream;
    const call = useCallStore();
    call.currentPeer = peer as never;
    const effect = useCameraEffectStore();
    await settle();
    return { effect, media: useMediaSettingsStore(), call };
  }

  it('sends the effect only once its first frame is out, and the self view shows it', async () => {
    const { effect, media } = await inCall();
    expect(pipelines).toHaveLength(0);
    media.setBackgroundEffect('blur-strong');
    await settle();
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]?.camera).toBe(camera);
    expect(effect.state.status).toBe('starting');
    expect(sent).not.toContain(pipelines[0]?.track);

    pipelines[0]?.report({ type: 'started' });
    await settle();
    expect(effect.state.status).toBe('running');
    expect(sent.at(-1)).toBe(pipelines[0]?.track);
    expect((effect.selfViewStream as unknown as FakeStream).tracks).toEqual([pipelines[0]?.track]);
  });

  it('changes the look on the running pipeline without restarting it', async () => {
    const { media } = await inCall();
    media.setBackgroundEffect('blur-slight');
    await settle();
    pipelines[0]?.report({ type: 'started' });
    await settle();
    media.setBackgroundEffect('image-beach');
    await settle();
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]?.drawing).toEqual({ kind: 'image', image: 'beach' });
    expect(sent.at(-1)).toBe(pipelines[0]?.track);
  });

  it('goes back to the plain camera with the reason when the effect fails', async () => {
    const { effect, media } = await inCall();
    media.setBackgroundEffect('blur-strong');
    await settle();
    pipelines[0]?.report({ type: 'started' });
    await settle();
    pipelines[0]?.report({ type: 'failed', failure: { code: 'noWebgl' } });
    await settle();
    expect(effect.state).toEqual({ status: 'failed', effect: 'blur-strong', failure: { code: 'noWebgl' } });
    expect(pipelines[0]?.stopped).toBe(true);
    expect(sent.at(-1)).toBe(camera);
    expect((effect.selfViewStream as unknown as FakeStream).tracks).toEqual([camera]);
  });

  it('falls back to the plain camera when the effect stays too slow', async () => {
    const { effect, media } = await inCall();
    media.setBackgroundEffect('blur-strong');
    await settle();
    pipelines[0]?.report({ type: 'started' });
    await settle();
    expect(sent.at(-1)).toBe(pipelines[0]?.track);
    for (let i = 0; i < 5; i++) pipelines[0]?.report({ type: 'frameRate', inputFps: 30, outputFps: 4, segmentationMs: 300 });
    await settle();
    expect(effect.state).toMatchObject({ status: 'failed', failure: { code: 'tooSlow', fps: 4 } });
    expect(sent.at(-1)).toBe(camera);
  });

  it('sends nothing of the effect while the camera is off, and stops it when switched off', async () => {
    const { media, call } = await inCall();
    media.setBackgroundEffect('image-forest');
    await settle();
    pipelines[0]?.report({ type: 'started' });
    call.toggleCamera();
    await settle();
    expect(pipelines[0]?.track.enabled).toBe(false);
    media.setBackgroundEffect('off');
    await settle();
    expect(pipelines[0]?.stopped).toBe(true);
    expect(sent.at(-1)).toBe(camera);
  });

  it('says so when the own picture is chosen but none is kept', async () => {
    const { effect, media } = await inCall();
    media.setBackgroundEffect('image-own');
    await settle();
    expect(pipelines).toHaveLength(0);
    expect(effect.state).toMatchObject({ status: 'failed', failure: { code: 'noImage' } });

    // Keeping a picture then starts the effect with it.
    effect.ownBackgroundChanged('data:image/jpeg;base64,/9j/4AAQ');
    await settle();
    expect(pipelines).toHaveLength(1);
    expect(pipelines[0]?.drawing).toEqual({ kind: 'image', image: 'own' });
    expect(effect.state.status).toBe('starting');
  });

  it('never lets a slower start switch overtake the failure that followed it', async () => {
    const { effect, media } = await inCall();
    media.setBackgroundEffect('blur-strong');
    await settle();
    pipelines[0]?.report({ type: 'started' });
    pipelines[0]?.report({ type: 'failed', failure: { code: 'modelFailed', detail: 'lost' } });
    await settle();
    expect(effect.state.status).toBe('failed');
    // Either the call never left the camera, or it was put back on it last.
    expect(sent.at(-1) ?? camera).toBe(camera);
  });

  it('ignores a stopped pipeline’s late reports', async () => {
    const { effect, media } = await inCall();
    media.setBackgroundEffect('blur-strong');
    await settle();
    media.setBackgroundEffect('off');
    await settle();
    pipelines[0]?.report({ type: 'started' });
    await settle();
    expect(effect.state.status).toBe('off');
  });
});
