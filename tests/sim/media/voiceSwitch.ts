// Voice-switched speaker order, like Infinity's 1:0 layout: index 0 is the main speaker, then the
// previous speakers, most recent first, then those who never spoke in join order. Pure logic with
// an explicit clock, so the room drives it from a timer and tests drive it directly.

export interface VoiceState {
  id: string;
  vad: boolean;
  /**
   * Level in -dBov (127 = silent, also when nothing was heard yet): while speaking, the level of
   * the last voice-flagged packet; otherwise the last reported level.
   */
  level: number;
}

export interface VoiceSwitchOptions {
  /** How long a voice must stay the loudest before it takes the main-speaker slot. */
  holdMs: number;
  /** How long after its last voice-flagged packet a participant still counts as speaking. */
  activeMs: number;
}

interface Voice {
  lastLevel: number;
  lastVoiceLevel: number;
  /** Smoothed level of voice-flagged packets: lower is louder. */
  smoothedLevel: number;
  lastVoiceAt: number | undefined;
}

const silent = 127;
/**
 * Chromium sets the voice-activity bit even on a muted track's silence (level 127), so a flagged
 * packet only counts as voice when it is also audible.
 */
const quietestVoice = 100;
const smoothing = 0.8;

export class VoiceSwitch {
  private readonly options: VoiceSwitchOptions;
  private readonly voices = new Map<string, Voice>();
  private speakerOrder: string[] = [];
  private candidate: { id: string; since: number } | undefined;
  private lastReported = '';

  constructor(options: Partial<VoiceSwitchOptions> = {}) {
    this.options = { holdMs: 1000, activeMs: 500, ...options };
  }

  join(id: string): void {
    if (this.voices.has(id)) return;
    this.voices.set(id, { lastLevel: silent, lastVoiceLevel: silent, smoothedLevel: silent, lastVoiceAt: undefined });
    this.speakerOrder.push(id);
  }

  leave(id: string): void {
    this.voices.delete(id);
    this.speakerOrder = this.speakerOrder.filter((other) => other !== id);
    if (this.candidate?.id === id) this.candidate = undefined;
  }

  hear(id: string, vad: boolean, level: number, now: number): void {
    const voice = this.voices.get(id);
    if (!voice) return;
    voice.lastLevel = level;
    if (!vad || level > quietestVoice) return;
    voice.lastVoiceLevel = level;
    voice.smoothedLevel = voice.lastVoiceAt === undefined ? level : smoothing * voice.smoothedLevel + (1 - smoothing) * level;
    voice.lastVoiceAt = now;
  }

  /** Speaker order, index 0 = main speaker. */
  order(): readonly string[] {
    return this.speakerOrder;
  }

  states(now: number): VoiceState[] {
    return this.speakerOrder.map((id) => {
      const voice = this.voices.get(id);
      if (voice === undefined) return { id, vad: false, level: silent };
      const vad = this.isActive(voice, now);
      return { id, vad, level: vad ? voice.lastVoiceLevel : voice.lastLevel };
    });
  }

  /**
   * Promotes the loudest active voice once it has stayed the loudest for `holdMs`.
   * Returns true when the order or any voice-activity flag changed since the previous call.
   */
  evaluate(now: number): boolean {
    const loudest = this.loudestActive(now);
    const main = this.speakerOrder[0];
    if (loudest === undefined || loudest === main) {
      this.candidate = undefined;
    } else if (this.candidate?.id !== loudest) {
      this.candidate = { id: loudest, since: now };
    } else if (now - this.candidate.since >= this.options.holdMs) {
      this.speakerOrder = [loudest, ...this.speakerOrder.filter((id) => id !== loudest)];
      this.candidate = undefined;
    }
    const report = this.states(now)
      .map((state) => `${state.id}:${state.vad ? 1 : 0}`)
      .join(',');
    const changed = report !== this.lastReported;
    this.lastReported = report;
    return changed;
  }

  private isActive(voice: Voice, now: number): boolean {
    return voice.lastVoiceAt !== undefined && now - voice.lastVoiceAt < this.options.activeMs;
  }

  private loudestActive(now: number): string | undefined {
    let loudest: { id: string; level: number } | undefined;
    // Join order breaks ties, so the choice is deterministic.
    for (const [id, voice] of this.voices) {
      if (!this.isActive(voice, now)) continue;
      if (loudest === undefined || voice.smoothedLevel < loudest.level) loudest = { id, level: voice.smoothedLevel };
    }
    return loudest?.id;
  }
}
