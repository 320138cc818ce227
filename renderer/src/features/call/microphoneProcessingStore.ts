// What happens to the microphone before the call sends it: Chromium's echo cancellation, noise
// suppression and automatic gain (constraints on the capture track), and RNNoise, switchable
// during the call (the sender's track is replaced in place, no new offer). If RNNoise cannot run,
// the plain microphone is sent and the reason shown.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { createDenoisedTrack, type DenoisedTrack } from '../../media/noiseSuppression/denoisedTrack';
import { useCallStore } from './callStore';
import { useDevicesStore } from '../devices/devicesStore';
import { useMediaSettingsStore } from '../devices/mediaSettingsStore';

export const useMicrophoneProcessingStore = defineStore('microphoneProcessing', () => {
  /** Why RNNoise is not on although chosen, in words; null when all is well. */
  const problem = ref<string | null>(null);
  /** RNNoise is in the path of what the call sends. */
  const active = ref(false);
  let denoised: { source: MediaStreamTrack; result: DenoisedTrack } | null = null;
  /** Each change supersedes the one before (a slow wasm load must not win over a later switch-off). */
  let generation = 0;

  const call = useCallStore();
  const devices = useDevicesStore();
  const media = useMediaSettingsStore();

  function stopDenoised(): void {
    denoised?.result.stop();
    denoised = null;
    active.value = false;
  }

  async function apply(): Promise<void> {
    const mine = ++generation;
    const peer = call.currentPeer;
    const microphone = devices.stream?.getAudioTracks()[0] ?? null;
    const { echoCancellation, noiseSuppression, autoGainControl, rnnoise } = media.settings;
    if (microphone) {
      await microphone.applyConstraints({ echoCancellation, noiseSuppression, autoGainControl }).catch((error: unknown) => {
        console.warn('Parley: the microphone kept its audio processing:', error instanceof Error ? error.message : error);
      });
    }
    if (mine !== generation) return;
    if (!peer || !microphone || !rnnoise) {
      if (denoised && peer && microphone) await peer.replaceTrack('audio', microphone);
      stopDenoised();
      problem.value = null;
      return;
    }
    if (denoised?.source === microphone) return;
    stopDenoised();
    const made = await createDenoisedTrack(microphone);
    if (mine !== generation || call.currentPeer !== peer) {
      if (made.ok) made.denoised.stop();
      return;
    }
    if (!made.ok) {
      problem.value = `Noise suppression is off: ${made.message}`;
      return;
    }
    denoised = { source: microphone, result: made.denoised };
    const replaced = await peer.replaceTrack('audio', made.denoised.track);
    if (!replaced.ok) {
      stopDenoised();
      problem.value = `Noise suppression is off: ${replaced.message}`;
      return;
    }
    active.value = true;
    problem.value = null;
  }

  watch(
    () => [call.currentPeer, call.status, devices.stream?.getAudioTracks()[0] ?? null, { ...media.settings }] as const,
    () => void apply(),
  );

  return { problem, active, apply };
});
