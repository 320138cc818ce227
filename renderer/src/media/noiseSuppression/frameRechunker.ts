// Web Audio hands an AudioWorklet 128 samples at a time; RNNoise takes 480 (10 ms at 48 kHz).
// The rechunker collects input into whole frames, lets the caller process each in place, and
// pays out the processed samples 128 at a time. Output starts once a frame and a block are
// buffered, so it never runs dry: 480 samples arrive in bursts, 128 leave every block (about 20 ms
// of added latency at 48 kHz).
// Plain code without Web Audio, so it is unit-tested in Node and shared by the worklet.

export class FrameRechunker {
  private readonly input: Float32Array;
  private filled = 0;
  private readonly output: Float32Array;
  private readable = 0;
  private readAt = 0;
  private primed = false;

  constructor(
    readonly frameSize: number,
    private readonly processFrame: (frame: Float32Array) => void,
  ) {
    this.input = new Float32Array(frameSize);
    // Room for a new frame behind what is still unread (at most a frame and a block).
    this.output = new Float32Array(frameSize * 3);
  }

  /** Takes one block of input and fills `out` (same length) with processed samples, or silence until primed. */
  push(block: Float32Array, out: Float32Array): void {
    let taken = 0;
    while (taken < block.length) {
      const count = Math.min(block.length - taken, this.frameSize - this.filled);
      this.input.set(block.subarray(taken, taken + count), this.filled);
      this.filled += count;
      taken += count;
      if (this.filled === this.frameSize) {
        const frame = this.input.slice();
        this.processFrame(frame);
        this.append(frame);
        this.filled = 0;
      }
    }
    if (!this.primed && this.readable >= this.frameSize + out.length) this.primed = true;
    const available = this.primed ? Math.min(out.length, this.readable) : 0;
    out.set(this.output.subarray(this.readAt, this.readAt + available));
    out.fill(0, available);
    this.readAt += available;
    this.readable -= available;
  }

  private append(frame: Float32Array): void {
    // Move the unread tail to the front, then add the new frame behind it.
    this.output.copyWithin(0, this.readAt, this.readAt + this.readable);
    this.readAt = 0;
    const room = this.output.length - this.readable;
    const count = Math.min(room, frame.length);
    this.output.set(frame.subarray(0, count), this.readable);
    this.readable += count;
  }
}
