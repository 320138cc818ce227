// The pictures a "Replace background" effect draws behind the person: built-in ones shipped in the
// app, or the person's own (kept in this profile by ownBackground.ts). Decoded on the page thread
// (an <img> decodes SVG, a worker cannot) and handed to the compositor as an ImageBitmap.
import beach from './images/beach.svg?url';
import forest from './images/forest.svg?url';
import office from './images/office.svg?url';
import type { BuiltInBackgroundId } from './backgroundEffect';

export const builtInBackgroundUrls: Record<BuiltInBackgroundId, string> = { office, beach, forest };

/** Backgrounds are drawn at most this size (the camera's usual 720p). */
export const backgroundWidth = 1280;
export const backgroundHeight = 720;

export async function decodeBackground(url: string): Promise<ImageBitmap> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return createImageBitmap(image, { resizeWidth: backgroundWidth, resizeHeight: backgroundHeight, resizeQuality: 'medium' });
}
