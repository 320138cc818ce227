// The person's own background picture: checked (an image of a known type, not too large), scaled
// down to 1280x720 at most and kept in this profile's localStorage as a JPEG data URL, so it is there
// next time and never leaves the computer.
export const ownBackgroundKey = 'parley.ownBackground';
/** Pictures larger than this are refused before decoding. */
export const ownBackgroundMaxBytes = 10 * 1024 * 1024;
/** What is kept (a 1280x720 JPEG is far smaller; this bounds the profile's share). */
export const ownBackgroundMaxStoredChars = 1_500_000;
export const ownBackgroundTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp'] as const;

export type OwnBackgroundProblem = 'notAnImage' | 'tooLarge' | 'unreadable' | 'notKept';

/** Whether a chosen file may be tried as a picture (before it is decoded). */
export function checkOwnBackgroundFile(file: { type: string; size: number }): OwnBackgroundProblem | null {
  if (!(ownBackgroundTypes as readonly string[]).includes(file.type)) return 'notAnImage';
  if (file.size > ownBackgroundMaxBytes) return 'tooLarge';
  return null;
}

/** Whether a stored value is a picture this module wrote (anything else in the key is ignored). */
export function isStoredBackground(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('data:image/jpeg;base64,') && value.length <= ownBackgroundMaxStoredChars;
}

export function loadOwnBackground(storage: Pick<Storage, 'getItem'> = localStorage): string | null {
  try {
    const value = storage.getItem(ownBackgroundKey);
    return isStoredBackground(value) ? value : null;
  } catch {
    return null;
  }
}

/** Scale that fits width×height inside the stored size (never enlarges). */
export function fitScale(width: number, height: number, maxWidth = 1280, maxHeight = 720): number {
  return Math.min(1, maxWidth / width, maxHeight / height);
}

/** Decodes, scales and keeps the file; the problem in a word when it cannot. */
export async function keepOwnBackground(file: File, storage: Pick<Storage, 'setItem'> = localStorage): Promise<{ ok: true; dataUrl: string } | { ok: false; problem: OwnBackgroundProblem }> {
  const problem = checkOwnBackgroundFile(file);
  if (problem) return { ok: false, problem };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const scale = fitScale(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const dataUrl = canvas.toDataURL('image/jpeg', 0.85);
  if (!isStoredBackground(dataUrl)) return { ok: false, problem: 'notKept' };
  try {
    storage.setItem(ownBackgroundKey, dataUrl);
  } catch {
    return { ok: false, problem: 'notKept' };
  }
  return { ok: true, dataUrl };
}
