// What a participant hears from the meeting: the level (RMS, 0–1) and the loudest frequency of the
// audio Parley's page plays from the meeting video element, measured with Web Audio in the page.
import type { Page } from '@playwright/test';

/** The little of Web Audio the measurement uses (the Node project has no DOM types). */
interface PageAnalyser {
  fftSize: number;
  frequencyBinCount: number;
  getFloatTimeDomainData(samples: Float32Array): void;
  getFloatFrequencyData(bins: Float32Array): void;
}
interface PageAudioContext {
  sampleRate: number;
  createAnalyser(): PageAnalyser;
  createMediaStreamSource(stream: unknown): { connect(node: PageAnalyser): void };
  close(): Promise<void>;
}
interface PageAudioGlobals {
  AudioContext: new () => PageAudioContext;
}

export interface ReceivedAudio {
  /** RMS of the samples, 0–1. */
  level: number;
  /** The frequency (Hz) of the strongest bin, averaged over the window. */
  loudestHz: number;
}

/** Listens to the meeting's audio on `page` for `ms`; the loudest frequency only when asked (it costs a transform every 50 ms). */
export function receivedAudio(page: Page, ms: number, withFrequency = true): Promise<ReceivedAudio> {
  return page.getByLabel('Meeting video').evaluate(
    (element, { duration, frequency }) =>
      new Promise<ReceivedAudio>((resolve) => {
        const stream = (element as unknown as { srcObject: unknown }).srcObject;
        const context = new (globalThis as unknown as PageAudioGlobals).AudioContext();
        const analyser = context.createAnalyser();
        analyser.fftSize = frequency ? 4096 : 2048;
        context.createMediaStreamSource(stream).connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        const bins = new Float32Array(analyser.frequencyBinCount);
        const power = new Float64Array(analyser.frequencyBinCount);
        let sum = 0;
        let count = 0;
        const timer = setInterval(() => {
          analyser.getFloatTimeDomainData(samples);
          for (const sample of samples) sum += sample * sample;
          count += samples.length;
          if (!frequency) return;
          analyser.getFloatFrequencyData(bins);
          bins.forEach((decibels, index) => (power[index] = (power[index] ?? 0) + 10 ** (decibels / 10)));
        }, 50);
        setTimeout(() => {
          clearInterval(timer);
          let loudest = 1;
          for (let index = 1; index < power.length; index++) if ((power[index] ?? 0) > (power[loudest] ?? 0)) loudest = index;
          const loudestHz = (loudest * context.sampleRate) / analyser.fftSize;
          void context.close();
          resolve({ level: Math.sqrt(sum / Math.max(1, count)), loudestHz });
        }, duration);
      }),
    { duration: ms, frequency: withFrequency },
  );
}

/** RMS (0–1) of the meeting's audio as the page plays it, over `ms`. */
export async function receivedLevel(page: Page, ms: number): Promise<number> {
  return (await receivedAudio(page, ms, false)).level;
}
