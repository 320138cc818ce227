// What the breakout screens say about where people go, in one place.
import type { BreakoutEndAction } from '../../../../electron/shared/breakouts';

function people(count: number): string {
  return count === 1 ? 'The 1 person in it' : `The ${count} people in it`;
}

/** The confirmation before closing one room. */
export function closingMessage(endAction: BreakoutEndAction, count: number): string {
  return endAction === 'disconnect'
    ? `${people(count)} will be disconnected from the meeting.`
    : `${people(count)} will go back to the main room.`;
}

/** The confirmation before closing every room. */
export function closingAllMessage(count: number): string {
  return `All breakout rooms close. The ${count === 1 ? '1 person' : `${count} people`} in them go back to the main room.`;
}
