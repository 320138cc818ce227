// Sharing and the mini view: starting to present moves the meeting out of the way of what is shared
// (the mini view becomes the presenter's control bar); stopping brings back the full view, but only
// if sharing is what made it small.
import type { WindowMode } from '../../../../electron/shared/desktopWindow';

export interface ShareChange {
  wasPresenting: boolean;
  presenting: boolean;
  /** The "Mini window" setting. */
  enabled: boolean;
  mode: WindowMode;
  /** The mini view was entered because sharing started. */
  enteredForShare: boolean;
}

/** The mode to ask for, or null to leave the window as it is. */
export function modeForShareChange(change: ShareChange): WindowMode | null {
  if (!change.wasPresenting && change.presenting) return change.enabled && change.mode === 'full' ? 'mini' : null;
  if (change.wasPresenting && !change.presenting) return change.enteredForShare && change.mode === 'mini' ? 'full' : null;
  return null;
}
