// Microphone level for the preflight meter, from an AnalyserNode on the local audio track.

/** 0..100 from time-domain samples: RMS in dBFS, mapped from -60 dB (0) to 0 dB (100). */
export function levelFromSamples(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / samples.length);
  if (rms <= 0) return 0;
  const decibels = 20 * Math.log10(rms);
  return Math.round(Math.min(100, Math.max(0, ((decibels + 60) / 60) * 100)));
}

const sampleIntervalMs = 100;

export class MicLevelMeter {
  private readonly context: AudioContext;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly resumeOnGesture = (): void => void this.context.resume();

  constructor(stream: MediaStream, onLevel: (level: number) => void) {
    this.context = new AudioContext();
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 1024;
    this.context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let last = -1;
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const level = levelFromSamples(samples);
      if (level !== last) onLevel((last = level));
    }, sampleIntervalMs);
    // Autoplay rules may start the context suspended until the user interacts with the page.
    if (this.context.state === 'suspended') {
      void this.context.resume();
      document.addEventListener('pointerdown', this.resumeOnGesture, { once: true });
      document.addEventListener('keydown', this.resumeOnGesture, { once: true });
    }
  }

  stop(): void {
    clearInterval(this.timer);
    document.removeEventListener('pointerdown', this.resumeOnGesture);
    document.removeEventListener('keydown', this.resumeOnGesture);
    void this.context.close();
  }
}
