// Live captions: a fixed script, read out utterance by utterance. Each utterance is sent first as a
// partial (the opening words, lower case, no punctuation) and then final (the whole sentence).

export const CAPTION_SCRIPT: readonly string[] = [
  'Good morning everyone, thanks for joining.',
  'Let us start with a quick round of updates.',
  'The release candidate passed all of its tests last night.',
  'Please raise your hand if you have a question.',
  'We will share the slides after the meeting.',
];

export interface CaptionStep {
  data: string;
  is_final: boolean;
}

/** Step n of the endless caption stream (two steps per utterance). */
export function captionStep(n: number): CaptionStep {
  const line = CAPTION_SCRIPT[Math.floor(n / 2) % CAPTION_SCRIPT.length] ?? '';
  if (n % 2 === 1) return { data: line, is_final: true };
  const words = line.split(' ');
  const opening = words.slice(0, Math.max(1, Math.ceil(words.length / 2))).join(' ');
  return { data: opening.toLowerCase().replace(/[.,!?]/g, ''), is_final: false };
}

/** Runs the script while anyone is watching; `emit` receives each step. */
export class CaptionFeed {
  private timer: NodeJS.Timeout | undefined;
  private step = 0;

  constructor(
    private readonly stepMs: number,
    private readonly emit: (step: CaptionStep) => void,
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.emit(captionStep(this.step));
      this.step += 1;
    }, this.stepMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
