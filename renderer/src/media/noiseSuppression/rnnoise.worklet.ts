// The AudioWorklet that runs RNNoise (@shiguredo/rnnoise-wasm, Apache-2.0; its wasm is embedded in
// the module, so nothing is fetched at run time) on the microphone, in the audio rendering thread.
// Bundled on its own (Vite's ?worker&url) and loaded with audioWorklet.addModule.
import { FrameRechunker } from './frameRechunker';
import { Rnnoise, type DenoiseState } from '@shiguredo/rnnoise-wasm';

// The worklet scope's globals (no DOM lib types for it here).
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

// Emscripten's loader refuses scopes that are neither a window nor a worker; an AudioWorklet's is
// neither, but has everything the loader uses (WebAssembly, no fetch: the wasm is inline).
const scope = globalThis as Record<string, unknown>;
scope.WorkerGlobalScope ??= class {};

/** RNNoise expects 16-bit PCM values in floats. */
const pcmScale = 32768;

class RnnoiseProcessor extends AudioWorkletProcessor {
  private rechunker: FrameRechunker | null = null;
  private denoise: DenoiseState | null = null;
  private enabled = true;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown; enabled?: unknown } | null;
      if (data?.type === 'enabled' && typeof data.enabled === 'boolean') this.enabled = data.enabled;
      if (data?.type === 'stop') this.stop();
    };
    if (sampleRate !== 48_000) {
      this.port.postMessage({ type: 'failed', message: `RNNoise needs 48 kHz audio, not ${sampleRate} Hz` });
      return;
    }
    Rnnoise.load().then(
      (rnnoise) => {
        const denoise = rnnoise.createDenoiseState();
        this.denoise = denoise;
        this.rechunker = new FrameRechunker(rnnoise.frameSize, (frame) => {
          if (!this.enabled) return;
          for (let i = 0; i < frame.length; i += 1) frame[i] = (frame[i] ?? 0) * pcmScale;
          denoise.processFrame(frame);
          for (let i = 0; i < frame.length; i += 1) frame[i] = (frame[i] ?? 0) / pcmScale;
        });
        this.port.postMessage({ type: 'ready' });
      },
      (error: unknown) => {
        this.port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const input = inputs[0]?.[0];
    const output = outputs[0]?.[0];
    if (!output) return true;
    if (!input) {
      output.fill(0);
      return true;
    }
    // Until RNNoise has loaded, the microphone passes through as it is.
    if (!this.rechunker) output.set(input);
    else this.rechunker.push(input, output);
    return true;
  }

  private stop(): void {
    this.denoise?.destroy();
    this.denoise = null;
    this.rechunker = null;
  }
}

registerProcessor('parley-rnnoise', RnnoiseProcessor);
