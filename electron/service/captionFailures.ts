// Infinity's refusals of show_live_captions, in words a meeting participant understands.
import type { CommandError } from '../shared/bridge';

export const captionFailureMessages = {
  notAvailable: 'Live captions are not available in this meeting.',
  notConfigured: 'Live captions are not set up on this meeting server.',
  dialOutNotAllowed: 'Live captions are switched off for this location.',
} as const;

export function captionFailureMessage(error: CommandError): string {
  const detail = (error.detail ?? '').toLowerCase();
  if (detail.includes('not available')) return captionFailureMessages.notAvailable;
  if (detail.includes('not configured')) return captionFailureMessages.notConfigured;
  if (detail.includes('dial out')) return captionFailureMessages.dialOutNotAllowed;
  return `Live captions could not start. ${error.message}`;
}
