// What the call's audio line sends: the microphone after Chromium's echo cancellation, noise
// suppression and automatic gain (constraints on the capture track), optionally through RNNoise,
// and mixed with the computer's sound while a presentation shares it. Every change replaces the
// sender's track in place (no new offer). If RNNoise cannot run, the plain microphone is sent and
// the reason shown.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { t } from '../../i18n';
import { createDenoisedTrack, type DenoisedTrack, type DenoiseFailureWording } from '../../media/noiseSuppression/denoisedTrack';
import { mixAudioTracks, type MixedTrack } from '../../media/computerSoundMix';
import { useCallStore } from './callStore';
import { useDevicesStore } from '../devices/devicesStore';
import { useMediaSettingsStore } from '../devices/mediaSettingsStore';
import { usePresentationStore } from '../presentation/presentationStore';

export const useMicrophoneProcessingStore = defineStore('microphoneProcessing', () => {
  /** What went wrong: kept as parts so the words follow a language change. */
  const failure = ref<{ framing: 'noiseSuppressionOff' | 'microphoneNotSwitched'; message: string; wording?: DenoiseFailureWording | undefined } | null>(null);
  /** Why RNNoise is not on although chosen (or the microphone was not switched), in words; null when all is well. */
  const problem = computed(() => {
    const now = failure.value;
    if (!now) return null;
    // The browser's own reason stays as it came; Parley's own is translated.
    const reason = now.wording ? t(`mediaSettings.rnnoiseFailed.${now.wording}`) : now.message;
    return t(`mediaSettings.${now.framing}`, { reason });
  });
  /** RNNoise is in the path of what the call sends. */
  const active = ref(false);
  /** The computer's sound is mixed into what the call sends. */
  const mixingComputerSound = ref(false);
  let denoised: { source: MediaStreamTrack; result: DenoisedTrack } | null = null;
  let mix: { base: MediaStreamTrack | null; sound: MediaStreamTrack; result: MixedTrack } | null = null;
  /** What the audio sender was last given by this store (null: the call's own microphone track). */
  let sent: MediaStreamTrack | null = null;
  /** The call `sent` applies to: a new call starts with the plain microphone again. */
  let sentOn: unknown = null;
  /** Each change supersedes the one before (a slow wasm load must not win over a later switch-off). */
  let generation = 0;
  /**
   * The constraints last applied, and to which track: the watcher also runs for changes that leave
   * the microphone as it is (a share starting, the call's state), and applying them again costs the
   * page's main thread ~10 ms just as a share's offer is being made.
   */
  let constrained: { track: MediaStreamTrack; key: string } | null = null;

  const call = useCallStore();
  const devices = useDevicesStore();
  const media = useMediaSettingsStore();
  const presentation = usePresentationStore();

  function stopDenoised(): void {
    denoised?.result.stop();
    denoised = null;
    active.value = false;
  }

  function stopMix(): void {
    mix?.result.stop();
    mix = null;
    mixingComputerSound.value = false;
  }

  async function denoisedOf(microphone: MediaStreamTrack, mine: number): Promise<MediaStreamTrack | null> {
    if (denoised?.source === microphone) return denoised.result.track;
    stopDenoised();
    const made = await createDenoisedTrack(microphone);
    if (mine !== generation) {
      if (made.ok) made.denoised.stop();
      return null;
    }
    if (!made.ok) {
      failure.value = { framing: 'noiseSuppressionOff', message: made.message, wording: made.wording };
      return microphone;
    }
    denoised = { source: microphone, result: made.denoised };
    active.value = true;
    failure.value = null;
    return made.denoised.track;
  }

  async function apply(): Promise<void> {
    const mine = ++generation;
    const peer = call.currentPeer;
    const microphone = devices.stream?.getAudioTracks()[0] ?? null;
    const sound = presentation.localStream?.getAudioTracks().find((track) => track.readyState === 'live') ?? null;
    const { echoCancellation, noiseSuppression, autoGainControl, rnnoise } = media.settings;
    const key = `${echoCancellation}/${noiseSuppression}/${autoGainControl}`;
    if (microphone && (constrained?.track !== microphone || constrained.key !== key)) {
      constrained = { track: microphone, key };
      await microphone.applyConstraints({ echoCancellation, noiseSuppression, autoGainControl }).catch((error: unknown) => {
        // Not applied: tried again on the next change.
        constrained = null;
        console.warn('Parley: the microphone kept its audio processing:', error instanceof Error ? error.message : error);
      });
    }
    if (mine !== generation) return;
    if (peer !== sentOn) {
      sent = null;
      sentOn = peer;
    }
    if (!peer) {
      stopDenoised();
      stopMix();
      sent = null;
      return;
    }
    let base: MediaStreamTrack | null = microphone;
    if (microphone && rnnoise) {
      const processed = await denoisedOf(microphone, mine);
      if (processed === null || mine !== generation || call.currentPeer !== peer) return;
      base = processed;
    } else {
      stopDenoised();
      failure.value = null;
    }
    let outgoing = base;
    if (sound) {
      if (!mix || mix.base !== base || mix.sound !== sound) {
        stopMix();
        const made = mixAudioTracks(base, sound);
        if (made) mix = { base, sound, result: made };
      }
      if (mix) {
        outgoing = mix.result.track;
        mixingComputerSound.value = true;
      }
    } else {
      stopMix();
    }
    // The call's own microphone track needs no replacing when nothing was put in its place.
    const target = outgoing === microphone ? null : outgoing;
    if (target === sent) return;
    const replaced = await peer.replaceTrack('audio', outgoing);
    if (mine !== generation) return;
    if (!replaced.ok) {
      failure.value = { framing: 'microphoneNotSwitched', message: replaced.message };
      return;
    }
    sent = target;
  }

  watch(
    () =>
      [
        call.currentPeer,
        call.status,
        devices.stream?.getAudioTracks()[0] ?? null,
        presentation.localStream,
        { ...media.settings },
      ] as const,
    () => void apply(),
    // Created with the meeting view, which can mount after the call is already up (meetingEntrance.ts).
    { immediate: true },
  );

  return { problem, active, mixingComputerSound, apply };
});
