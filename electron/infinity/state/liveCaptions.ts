// Live captions as they arrive: final utterances kept (bounded), the current partial one replaced
// by each update until it becomes final.
import type { RelayedEventPayloads } from '../events/serverEventSchemas';

export interface LiveCaption {
  text: string;
  isFinal: boolean;
  sourceLanguage: string | null;
  targetLanguage: string | null;
  /** Participants the caption is attributed to (technology preview in Infinity). */
  sourceParticipantUuids: string[];
  receivedAt: number;
}

/** Oldest final captions are dropped beyond this. */
export const captionHistoryLimit = 200;

export class LiveCaptionLog {
  private finals: LiveCaption[] = [];
  private partial: LiveCaption | null = null;

  add(wire: RelayedEventPayloads['live_captions'], receivedAt: number): void {
    const caption: LiveCaption = {
      text: wire.data,
      isFinal: wire.is_final,
      sourceLanguage: wire.src_lang ?? null,
      targetLanguage: wire.tgt_lang ?? null,
      sourceParticipantUuids: (wire.sources ?? []).map((source) => source.participant_uuid),
      receivedAt,
    };
    if (!caption.isFinal) {
      this.partial = caption;
      return;
    }
    this.partial = null;
    this.finals.push(caption);
    if (this.finals.length > captionHistoryLimit) this.finals.splice(0, this.finals.length - captionHistoryLimit);
  }

  /** Final captions, oldest first, then the partial one in progress (if any). */
  list(): LiveCaption[] {
    return this.partial ? [...this.finals, this.partial] : [...this.finals];
  }
}
