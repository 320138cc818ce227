// While someone presents, Infinity announces a new still of the presentation every so often
// (`presentation_frame`); clients fetch it from presentation.jpeg with the event's id. Frame ids
// are base64 like Infinity's ("<node ip>_<counter>"); only recent frames can be fetched.

const KEPT_FRAMES = 10;

export interface PresentationFrame {
  id: string;
  number: number;
}

export class PresentationFrames {
  private timer: NodeJS.Timeout | undefined;
  private counter = 0;
  private readonly recent: PresentationFrame[] = [];

  constructor(
    private readonly intervalMs: number,
    private readonly onFrame: (frame: PresentationFrame) => void,
  ) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Announces a first frame at once, then one per interval until stop(). */
  start(): void {
    if (this.timer) return;
    this.next();
    this.timer = setInterval(() => this.next(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  find(id: string | undefined): PresentationFrame | undefined {
    return id === undefined ? undefined : this.recent.find((frame) => frame.id === id);
  }

  private next(): void {
    this.counter += 1;
    const frame = { id: Buffer.from(`127.0.0.1_${this.counter}`).toString('base64'), number: this.counter };
    this.recent.push(frame);
    if (this.recent.length > KEPT_FRAMES) this.recent.shift();
    this.onFrame(frame);
  }
}
