// The picker's refresh pace and selection rules, kept out of the component so they are tested.
import type { ShareSource } from '../../../../electron/shared/presentationCommands';

/** Thumbnails are refreshed this often while the picker is open. */
export const pickerRefreshMs = 2_000;
export const pickerThumbnailWidth = 320;

/** Keeps the selection while its source still exists; a single screen is preselected. */
export function reconcileSelection(selected: string | null, sources: readonly ShareSource[]): string | null {
  if (selected !== null && sources.some((source) => source.id === selected)) return selected;
  const screens = sources.filter((source) => source.kind === 'screen');
  return screens.length === 1 && screens[0] ? screens[0].id : null;
}
