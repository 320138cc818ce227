// How captions are shown and heard: whether a screen reader reads each line as it arrives (some
// people follow captions by reading, and a region that speaks every line would talk over the
// meeting) and the caption text size. Kept in this renderer's localStorage.
import { ref } from 'vue';

export type CaptionSize = 'small' | 'medium' | 'large';
export const captionSizes: readonly CaptionSize[] = ['small', 'medium', 'large'];

/** Caption line sizes in rem, so they also grow with the person's own font size. */
export const captionSizeRem: Record<CaptionSize, number> = { small: 1.1, medium: 1.35, large: 2 };

const readKey = 'parley.readCaptions';
const sizeKey = 'parley.captionSize';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not stored: applies to this run.
  }
}

function storedSize(): CaptionSize {
  const value = read(sizeKey);
  return captionSizes.find((size) => size === value) ?? 'medium';
}

/** On unless turned off. */
export const readCaptionsAloud = ref(read(readKey) !== 'off');
export const captionSize = ref<CaptionSize>(storedSize());

export function setReadCaptionsAloud(on: boolean): void {
  readCaptionsAloud.value = on;
  write(readKey, on ? 'on' : 'off');
}

export function setCaptionSize(size: CaptionSize): void {
  captionSize.value = size;
  write(sizeKey, size);
}
