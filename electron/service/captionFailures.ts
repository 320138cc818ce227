// Infinity's refusals of show_live_captions, in words a meeting participant understands, each with
// its wording's code for the renderer; any other failure is framed as captions that could not start.
import type { CommandError, CommandWords } from '../shared/bridge';
import { wordsOf } from '../shared/commandWording';

export const captionFailureMessages = {
  notAvailable: 'Live captions are not available in this meeting.',
  notConfigured: 'Live captions are not set up on this meeting server.',
  dialOutNotAllowed: 'Live captions are switched off for this location.',
} as const;

const words = wordsOf({
  captionsNotAvailable: captionFailureMessages.notAvailable,
  captionsNotConfigured: captionFailureMessages.notConfigured,
  captionsSwitchedOff: captionFailureMessages.dialOutNotAllowed,
});

export function captionFailureWords(error: CommandError): CommandWords {
  const detail = (error.detail ?? '').toLowerCase();
  if (detail.includes('not available')) return words.captionsNotAvailable;
  if (detail.includes('not configured')) return words.captionsNotConfigured;
  if (detail.includes('dial out')) return words.captionsSwitchedOff;
  // The inner failure's own wording goes along, so the renderer translates both sentences.
  return { message: `Live captions could not start. ${error.message}`, wording: 'captionsFailed', ...(error.wording ? { values: { cause: error.wording } } : {}) };
}

/** The English alone (logs, tests). */
export function captionFailureMessage(error: CommandError): string {
  return captionFailureWords(error).message;
}
