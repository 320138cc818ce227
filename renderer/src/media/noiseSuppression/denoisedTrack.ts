// The microphone through RNNoise: a Web Audio graph at 48 kHz (microphone → RNNoise worklet →
// a new track) whose output track is what the call sends. Muting still works on the microphone
// track itself (a disabled track feeds silence in).
import workletUrl from './rnnoise.worklet.ts?worker&url';

export interface DenoisedTrack {
  track: MediaStreamTrack;
  stop(): void;
}

/** Parley's own reasons RNNoise did not start, for the store to say in the person's language. */
export type DenoiseFailureWording = 'notInTime' | 'couldNotStart' | 'noTrack';

/** A failure: `wording` for Parley's own reasons; without it `message` is the browser's (or worklet's) text. */
export type DenoisedTrackResult = { ok: true; denoised: DenoisedTrack } | { ok: false; message: string; wording?: DenoiseFailureWording };

class DenoiseFailure extends Error {
  constructor(readonly wording: DenoiseFailureWording, message: string) {
    super(message);
  }
}

/** How long RNNoise may take to load its wasm before the plain microphone is used instead. */
const readyWithinMs = 5_000;

export async function createDenoisedTrack(microphone: MediaStreamTrack): Promise<DenoisedTrackResult> {
  let context: AudioContext | null = null;
  try {
    context = new AudioContext({ sampleRate: 48_000 });
    await context.audioWorklet.addModule(workletUrl);
    const node = new AudioWorkletNode(context, 'parley-rnnoise', { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1] });
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new DenoiseFailure('notInTime', 'RNNoise did not start in time')), readyWithinMs);
      node.port.onmessage = (event: MessageEvent<{ type?: string; message?: string }>) => {
        clearTimeout(timer);
        if (event.data.type === 'ready') resolve();
        else reject(event.data.message ? new Error(event.data.message) : new DenoiseFailure('couldNotStart', 'RNNoise could not start'));
      };
    });
    const source = context.createMediaStreamSource(new MediaStream([microphone]));
    const destination = context.createMediaStreamDestination();
    source.connect(node).connect(destination);
    if (context.state === 'suspended') await context.resume();
    await ready;
    const track = destination.stream.getAudioTracks()[0];
    if (!track) throw new DenoiseFailure('noTrack', 'the audio graph gave no track');
    const running = context;
    return {
      ok: true,
      denoised: {
        track,
        stop: () => {
          node.port.postMessage({ type: 'stop' });
          track.stop();
          source.disconnect();
          void running.close();
        },
      },
    };
  } catch (error) {
    void context?.close();
    if (error instanceof DenoiseFailure) return { ok: false, message: error.message, wording: error.wording };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
