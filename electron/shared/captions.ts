// One live caption as the renderer receives it: normalised by the core from Infinity's
// live_captions event, so the renderer never reads the node's spelling of it.
export interface LiveCaption {
  text: string;
  /** False while the utterance is still being recognised (each update replaces it). */
  isFinal: boolean;
  sourceLanguage: string | null;
  targetLanguage: string | null;
  /** Participants the caption is attributed to (technology preview in Infinity). */
  sourceParticipantUuids: string[];
}
