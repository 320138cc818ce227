// desktopCapturer sources as the picker shows them: plain data (ids, names, data: URLs), screens
// first in system order, then windows by name; Parley's own windows are left out. No electron
// import, so it is unit-tested as is.
import type { ShareSource } from '../../shared/presentationCommands';

/** The parts of Electron's NativeImage the picker needs. */
export interface ImageLike {
  isEmpty(): boolean;
  toDataURL(): string;
}

/** The parts of Electron's DesktopCapturerSource the picker needs. */
export interface CapturedSource {
  id: string;
  name: string;
  thumbnail: ImageLike;
  appIcon: ImageLike | null;
}

export function sourceKind(id: string): ShareSource['kind'] | null {
  if (id.startsWith('screen:')) return 'screen';
  if (id.startsWith('window:')) return 'window';
  return null;
}

function dataUrlOf(image: ImageLike | null | undefined): string | null {
  if (!image || image.isEmpty()) return null;
  return image.toDataURL();
}

/**
 * "Entire screen" for a single screen, "Screen 1", "Screen 2"... when the system gives no name (or
 * its own English one); `unnamedScreen` lets the renderer say it in the person's language.
 */
function screenName(source: CapturedSource, index: number, screens: number): Pick<ShareSource, 'name' | 'unnamedScreen'> {
  const name = source.name.trim();
  if (name !== '' && !/^(entire screen|screen \d+)$/i.test(name)) return { name };
  const only = screens === 1;
  return { name: only ? 'Entire screen' : `Screen ${index + 1}`, unnamedScreen: { only, number: index + 1 } };
}

export interface SourceFilter {
  /** Media source ids of Parley's own windows (sharing them would show a hall of mirrors). */
  ownWindowIds?: readonly string[];
}

export function toShareSources(sources: readonly CapturedSource[], filter: SourceFilter = {}): ShareSource[] {
  const own = new Set(filter.ownWindowIds ?? []);
  const screens = sources.filter((source) => sourceKind(source.id) === 'screen');
  const windows = sources
    .filter((source) => sourceKind(source.id) === 'window' && !own.has(source.id) && source.name.trim() !== '')
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  return [
    ...screens.map((source, index) => ({
      id: source.id,
      ...screenName(source, index, screens.length),
      kind: 'screen' as const,
      thumbnail: dataUrlOf(source.thumbnail),
      icon: null,
    })),
    ...windows.map((source) => ({
      id: source.id,
      name: source.name.trim(),
      kind: 'window' as const,
      thumbnail: dataUrlOf(source.thumbnail),
      icon: dataUrlOf(source.appIcon),
    })),
  ];
}

/** Thumbnail size for a width, at 16:9 (the system keeps each source's own aspect within it). */
export function thumbnailSize(width: number): { width: number; height: number } {
  const clamped = Math.min(1920, Math.max(16, Math.round(width)));
  return { width: clamped, height: Math.round((clamped * 9) / 16) };
}
