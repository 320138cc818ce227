// "You are speaking, but your microphone is muted": speech is a level that stays up, not one
// click or a door closing. The detector looks at the muted microphone's level samples (0–100, as
// MicLevelMeter gives them every 100 ms) over a short window.

/** A sample at or above this counts as voice (≈ -36 dBFS on the meter's -60…0 dB scale). */
export const speechLevel = 40;
/** Voiced samples needed inside the window (3 × 100 ms = 0.3 s of voice within 1.5 s). */
export const voicedSamplesNeeded = 3;
export const speechWindowMs = 1_500;
/** After the notice was dismissed, it stays away this long even if speech goes on. */
export const quietAfterDismissMs = 30_000;

export class MutedSpeechDetector {
  private voiced: number[] = [];
  private dismissedAt: number | null = null;

  /** One level sample of the muted microphone; true when the notice should show now. */
  hear(level: number, at: number): boolean {
    if (level >= speechLevel) this.voiced.push(at);
    this.voiced = this.voiced.filter((time) => at - time < speechWindowMs);
    if (this.dismissedAt !== null && at - this.dismissedAt < quietAfterDismissMs) return false;
    return this.voiced.length >= voicedSamplesNeeded;
  }

  dismiss(at: number): void {
    this.dismissedAt = at;
    this.voiced = [];
  }

  /** The microphone was unmuted (or muted anew): start over. */
  reset(): void {
    this.voiced = [];
    this.dismissedAt = null;
  }
}
