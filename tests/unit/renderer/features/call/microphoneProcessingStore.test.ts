// What the call's audio line sends: the microphone with Chromium's processing constraints, through
// RNNoise when chosen, mixed with the computer's sound while a presentation shares it, each change
// replacing the sender's track in place. RNNoise (wasm in an AudioWorklet) and the Web Audio mix
// cannot run here, so both are replaced by recording fakes; the store's decisions are real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallPeer } from '../../../../../renderer/src/media/callPeer';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { useMicrophoneProcessingStore } from '../../../../../renderer/src/features/call/microphoneProcessingStore';
import { useDevicesStore } from '../../../../../renderer/src/features/devices/devicesStore';
import { useMediaSettingsStore } from '../../../../../renderer/src/features/devices/mediaSettingsStore';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { setLocale } from '../../../../../renderer/src/i18n';
import { freshStoresWithFakeBridge } from '../../freshStores';

interface FakeTrack {
  id: string;
  kind: 'audio';
  readyState: 'live' | 'ended';
  constraints: MediaTrackConstraints[];
  applyConstraints(constraints: MediaTrackConstraints): Promise<void>;
  stop(): void;
}

function fakeTrack(id: string): FakeTrack {
  const track: FakeTrack = {
    id,
    kind: 'audio',
    readyState: 'live',
    constraints: [],
    applyConstraints: async (constraints) => {
      track.constraints.push(constraints);
    },
    stop: () => (track.readyState = 'ended'),
  };
  return track;
}

function streamOf(...tracks: FakeTrack[]): MediaStream {
  return { getAudioTracks: () => tracks } as unknown as MediaStream;
}

/** RNNoise: resolves when the test says so, with a denoised track or a failure. */
const denoise = vi.hoisted(() => ({
  made: [] as { source: unknown; stopped: boolean }[],
  failure: null as string | null,
  /** Parley's own reason for the failure (absent: `failure` is the browser's text). */
  wording: undefined as string | undefined,
  gate: null as Promise<void> | null,
}));
vi.mock('../../../../../renderer/src/media/noiseSuppression/denoisedTrack', () => ({
  createDenoisedTrack: async (microphone: { id: string }) => {
    if (denoise.gate) await denoise.gate;
    if (denoise.failure) return { ok: false, message: denoise.failure, ...(denoise.wording ? { wording: denoise.wording } : {}) };
    const record = { source: microphone, stopped: false };
    denoise.made.push(record);
    return { ok: true, denoised: { track: { id: `denoised(${microphone.id})` }, stop: () => (record.stopped = true) } };
  },
}));

const mixing = vi.hoisted(() => ({ made: [] as { microphone: unknown; sound: unknown; stopped: boolean }[] }));
vi.mock('../../../../../renderer/src/media/computerSoundMix', () => ({
  mixAudioTracks: (microphone: { id: string } | null, sound: { id: string }) => {
    const record = { microphone, sound, stopped: false };
    mixing.made.push(record);
    return { track: { id: `mix(${microphone?.id ?? 'none'}+${sound.id})` }, stop: () => (record.stopped = true) };
  },
}));

function fakePeer(result: { ok: true } | { ok: false; message: string } = { ok: true }) {
  const sent: (string | null)[] = [];
  const peer = {
    sent,
    replaceTrack: vi.fn(async (_kind: 'audio' | 'video', track: { id: string } | null) => {
      sent.push(track?.id ?? null);
      return result;
    }),
  };
  return peer;
}

/** Lets the store's watcher and its awaited steps run. */
async function settle(): Promise<void> {
  for (let step = 0; step < 10; step++) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let step = 0; step < 10; step++) await Promise.resolve();
}

describe('microphone processing', () => {
  let microphone: FakeTrack;

  beforeEach(() => {
    localStorage.clear();
    denoise.made = [];
    denoise.failure = null;
    denoise.wording = undefined;
    denoise.gate = null;
    mixing.made = [];
    freshStoresWithFakeBridge();
    microphone = fakeTrack('mic');
  });

  function inCall(peer = fakePeer()) {
    const store = useMicrophoneProcessingStore();
    useDevicesStore().stream = streamOf(microphone);
    useCallStore().currentPeer = peer as unknown as CallPeer;
    return { store, peer, media: useMediaSettingsStore() };
  }

  it("applies Chromium's echo cancellation, noise suppression and gain settings to the microphone", async () => {
    const { store, media } = inCall();
    await store.apply();
    expect(microphone.constraints.at(-1)).toEqual({ echoCancellation: true, noiseSuppression: true, autoGainControl: true });
    media.update({ noiseSuppression: false, autoGainControl: false });
    await settle();
    expect(microphone.constraints.at(-1)).toEqual({ echoCancellation: true, noiseSuppression: false, autoGainControl: false });
  });

  it('applies the constraints again only when they or the microphone change, not when a share starts', async () => {
    const { store, media } = inCall();
    await store.apply();
    expect(microphone.constraints).toHaveLength(1);
    usePresentationStore().localStream = { getAudioTracks: () => [] } as unknown as MediaStream;
    await settle();
    await store.apply();
    expect(microphone.constraints).toHaveLength(1);
    media.update({ echoCancellation: false });
    await settle();
    expect(microphone.constraints).toHaveLength(2);
    const other = fakeTrack('other mic');
    useDevicesStore().stream = streamOf(other);
    await settle();
    expect(other.constraints).toEqual([{ echoCancellation: false, noiseSuppression: true, autoGainControl: true }]);
  });

  it('sends the plain microphone untouched while RNNoise is off (no track replaced)', async () => {
    const { store, peer } = inCall();
    await store.apply();
    expect(peer.replaceTrack).not.toHaveBeenCalled();
    expect(store.active).toBe(false);
  });

  it('puts the RNNoise track in place of the microphone, and the microphone back when switched off', async () => {
    const { store, peer, media } = inCall();
    media.update({ rnnoise: true });
    await settle();
    expect(peer.sent).toEqual(['denoised(mic)']);
    expect(store.active).toBe(true);
    expect(store.problem).toBeNull();

    media.update({ rnnoise: false });
    await settle();
    expect(peer.sent).toEqual(['denoised(mic)', 'mic']);
    expect(store.active).toBe(false);
    expect(denoise.made[0]?.stopped).toBe(true);
  });

  it('keeps the plain microphone and says why when RNNoise cannot start', async () => {
    denoise.failure = 'AudioWorklet is not available';
    const { store, peer, media } = inCall();
    media.update({ rnnoise: true });
    await settle();
    expect(peer.replaceTrack).not.toHaveBeenCalled();
    expect(store.active).toBe(false);
    expect(store.problem).toBe('Noise suppression is off: AudioWorklet is not available');
    // The browser's reason stays as it came; the framing follows the language.
    setLocale('de');
    expect(store.problem).toBe('Die Rauschunterdrückung ist aus: AudioWorklet is not available');
    setLocale('en');
  });

  it("says Parley's own reason RNNoise did not start in the chosen language", async () => {
    denoise.failure = 'RNNoise did not start in time';
    denoise.wording = 'notInTime';
    const { store, media } = inCall();
    media.update({ rnnoise: true });
    await settle();
    expect(store.problem).toBe('Noise suppression is off: RNNoise did not start in time');
    setLocale('fr');
    expect(store.problem).toBe('La suppression du bruit est désactivée : RNNoise n’a pas démarré à temps');
    setLocale('en');
  });

  it('drops an RNNoise start that finishes after it was switched off again', async () => {
    let open: () => void = () => undefined;
    denoise.gate = new Promise<void>((resolve) => (open = resolve));
    const { store, peer, media } = inCall();
    media.update({ rnnoise: true });
    await settle();
    media.update({ rnnoise: false });
    await settle();
    open();
    await settle();
    expect(peer.sent).toEqual([]);
    expect(denoise.made.every((record) => record.stopped)).toBe(true);
    expect(store.active).toBe(false);
  });

  it('mixes the shared computer sound with the microphone (denoised or not), and stops mixing when sharing ends', async () => {
    const { store, peer, media } = inCall();
    const presentation = usePresentationStore();
    const sound = fakeTrack('computer');
    presentation.localStream = streamOf(sound);
    await settle();
    expect(peer.sent).toEqual(['mix(mic+computer)']);
    expect(store.mixingComputerSound).toBe(true);

    // RNNoise on meanwhile: the mix is made again from the denoised microphone.
    media.update({ rnnoise: true });
    await settle();
    expect(peer.sent.at(-1)).toBe('mix(denoised(mic)+computer)');
    expect(mixing.made[0]?.stopped).toBe(true);

    presentation.localStream = null;
    await settle();
    expect(peer.sent.at(-1)).toBe('denoised(mic)');
    expect(store.mixingComputerSound).toBe(false);
    expect(mixing.made.every((record) => record.stopped)).toBe(true);
  });

  it('ignores a shared computer sound that has ended', async () => {
    const { peer } = inCall();
    const sound = fakeTrack('computer');
    sound.stop();
    usePresentationStore().localStream = streamOf(sound);
    await settle();
    expect(peer.replaceTrack).not.toHaveBeenCalled();
    expect(mixing.made).toEqual([]);
  });

  it('says so when the sender refuses the new track', async () => {
    const { store, media } = inCall(fakePeer({ ok: false, message: 'sender closed' }));
    media.update({ rnnoise: true });
    await settle();
    expect(store.problem).toBe('The microphone could not be switched: sender closed');
  });

  it('starts a new call from the plain microphone again, and processes it there too', async () => {
    const { peer, media } = inCall();
    media.update({ rnnoise: true });
    await settle();
    expect(peer.sent).toEqual(['denoised(mic)']);
    const next = fakePeer();
    useCallStore().currentPeer = next as unknown as CallPeer;
    await settle();
    expect(next.sent).toEqual(['denoised(mic)']);
  });

  it('lets go of RNNoise and the mix when the call ends', async () => {
    const { store, media } = inCall();
    media.update({ rnnoise: true });
    usePresentationStore().localStream = streamOf(fakeTrack('computer'));
    await settle();
    useCallStore().currentPeer = null;
    await settle();
    expect(store.active).toBe(false);
    expect(store.mixingComputerSound).toBe(false);
    expect(denoise.made.every((record) => record.stopped)).toBe(true);
    expect(mixing.made.every((record) => record.stopped)).toBe(true);
  });
});
