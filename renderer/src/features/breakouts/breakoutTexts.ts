// What the breakout screens say about where people go, in one place.
import { t } from '../../i18n';
import type { BreakoutEndAction } from '../../../../electron/shared/breakouts';

/** A room's name: the node's as it came, or "Breakout room" in the person's language when the node gave none. */
export function breakoutRoomName(name: string): string {
  return name.trim() === '' ? t('breakouts.unnamedRoom') : name;
}

/** The confirmation before closing one room. */
export function closingMessage(endAction: BreakoutEndAction, count: number): string {
  return endAction === 'disconnect'
    ? t('breakouts.closingDisconnect', { count }, count)
    : t('breakouts.closingTransfer', { count }, count);
}

/** The confirmation before closing every room. */
export function closingAllMessage(count: number): string {
  return t('breakouts.closingAll', { count }, count);
}
