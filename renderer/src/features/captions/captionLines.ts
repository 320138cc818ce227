// Live caption lines: the partial utterance is replaced in place by each update and then by its
// final form; finals are kept (bounded) for the history. Pure functions over plain data.

export interface CaptionLine {
  id: number;
  text: string;
  /** Speaker's name from the caption's sources, when the node names one. */
  speaker: string | null;
  isFinal: boolean;
  /** Epoch ms when it arrived. */
  at: number;
}

export interface CaptionState {
  finals: CaptionLine[];
  partial: CaptionLine | null;
  nextId: number;
}

export interface IncomingCaption {
  text: string;
  isFinal: boolean;
  speaker: string | null;
  at: number;
}

export const emptyCaptions = (): CaptionState => ({ finals: [], partial: null, nextId: 1 });

/**
 * How many final lines the history keeps. The only caption history there is: the core relays
 * captions without keeping them, since only this participant's display (while captions are on,
 * named from the roster as they arrive) and its export use them.
 */
export const captionHistoryLimit = 500;

export function addCaption(state: CaptionState, caption: IncomingCaption, limit = captionHistoryLimit): CaptionState {
  // The partial keeps its id while it grows, so the overlay updates the same line.
  const id = state.partial?.id ?? state.nextId;
  const nextId = state.partial ? state.nextId : state.nextId + 1;
  const line: CaptionLine = { id, text: caption.text, speaker: caption.speaker, isFinal: caption.isFinal, at: state.partial?.at ?? caption.at };
  if (!caption.isFinal) return { finals: state.finals, partial: line, nextId };
  const finals = [...state.finals, { ...line, at: caption.at }];
  return { finals: finals.length > limit ? finals.slice(finals.length - limit) : finals, partial: null, nextId };
}

/** The last lines for the overlay: recent finals, then the partial in progress. */
export function overlayLines(state: CaptionState, count = 3): CaptionLine[] {
  const lines = state.partial ? [...state.finals, state.partial] : state.finals;
  return lines.slice(-count);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Local date and time, "2024-01-31 09:05:07". */
export function captionTimestamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The history as a text file: one final line each, with its time and speaker. */
export function captionHistoryText(finals: readonly CaptionLine[]): string {
  return finals.map((line) => `[${captionTimestamp(line.at)}] ${line.speaker ? `${line.speaker}: ` : ''}${line.text}`).join('\n') + (finals.length ? '\n' : '');
}
