// Every delay the simulator waits out on its own. Tests pass short values (or use fake timers).

export interface SimTimings {
  /** A dial-out to an ordinary destination is answered after this long. Default 1000. */
  dialAnswerMs: number;
  /** A dial-out to `busy@…` is rejected after this long. Default 1000. */
  dialRejectMs: number;
  /** A dial-out to `noanswer@…` gives up after this long (Infinity: 30 s). Default 30000. */
  dialTimeoutMs: number;
  /** Between two live_captions events (a partial, then the final utterance). Default 800. */
  captionStepMs: number;
  /** Between two presentation_frame events while someone presents. Default 1000. */
  presentationFrameMs: number;
  /** Direct media: how long a new offer waits for the far end's answer. Default 15000. */
  directMediaAnswerMs: number;
  /** How long a refer (transfer, breakout move) token stays usable. Default 60000. */
  referTokenMs: number;
}

export const DEFAULT_TIMINGS: SimTimings = {
  dialAnswerMs: 1000,
  dialRejectMs: 1000,
  dialTimeoutMs: 30_000,
  captionStepMs: 800,
  presentationFrameMs: 1000,
  directMediaAnswerMs: 15_000,
  referTokenMs: 60_000,
};

export function resolveTimings(overrides: Partial<SimTimings> = {}): SimTimings {
  return { ...DEFAULT_TIMINGS, ...overrides };
}
