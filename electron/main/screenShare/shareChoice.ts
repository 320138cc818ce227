// The picker's choice, waiting for the renderer's getDisplayMedia: main's display-media handler
// takes it once. A choice left unused expires, so a later request cannot share it by surprise.
export interface PendingShare {
  sourceId: string;
  audio: boolean;
}

export const choiceLifetimeMs = 30_000;

export class ShareChoice {
  private pending: (PendingShare & { at: number }) | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  set(choice: PendingShare): void {
    this.pending = { ...choice, at: this.now() };
  }

  /** The choice if it is fresh; it is cleared either way. */
  take(): PendingShare | null {
    const pending = this.pending;
    this.pending = null;
    if (!pending || this.now() - pending.at > choiceLifetimeMs) return null;
    return { sourceId: pending.sourceId, audio: pending.audio };
  }
}
