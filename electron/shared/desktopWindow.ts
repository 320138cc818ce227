// The desktop window's modes and where a clicked notification leads (the desktop app only; the
// browser host has one page and no window to shrink). Types only.

/** "full": the meeting window as usual; "mini": the small always-on-top view (or the presenter's control bar). */
export type WindowMode = 'full' | 'mini';

/** What a clicked notification opens in the meeting. */
export type NotificationTarget = 'chat' | 'lobby' | 'roster' | 'meeting';

export const windowModes = ['full', 'mini'] as const satisfies readonly WindowMode[];
