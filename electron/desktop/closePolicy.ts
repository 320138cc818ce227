// What closing the meeting window does: outside a meeting it closes; in one it follows "Keep the
// meeting running when the window is closed" (asked the first time, then remembered). A quit
// always closes (and leaves the meeting first).
import type { DesktopSettings } from '../shared/settings';
import type { DesktopText } from './texts';

export type CloseDecision = 'close' | 'hide' | 'ask';

export function closeDecision(setting: DesktopSettings['keepRunningOnClose'], inMeeting: boolean, quitting: boolean): CloseDecision {
  if (quitting || !inMeeting) return 'close';
  if (setting === 'keep') return 'hide';
  if (setting === 'leave') return 'close';
  return 'ask';
}

/** The question, asked once; the answer is stored as the setting. */
export function keepRunningQuestion(text: DesktopText) {
  return {
    message: text('close.question'),
    detail: text('close.detail'),
    buttons: [text('close.keep'), text('close.leave')],
    answers: ['keep', 'leave'] as const,
  };
}
