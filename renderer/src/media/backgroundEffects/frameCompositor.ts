// Draws one finished frame with canvas 2D on OffscreenCanvas: the background (blurred camera or a
// picture), then the camera's own pixels where the mask says "person". The person's pixels are
// copied unchanged, so what others see of the person is what the camera took.
import type { EffectDrawing } from './backgroundEffect';

/** Blur is drawn on a copy this many times smaller (the same look for a fraction of the work). */
const blurDownscale = 4;

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2D is not available');
  return context;
}

/** Where to draw `image` so it covers width×height without distortion (centred, cropped). */
export function coverRect(imageWidth: number, imageHeight: number, width: number, height: number): { x: number; y: number; width: number; height: number } {
  const scale = Math.max(width / imageWidth, height / imageHeight);
  const drawnWidth = imageWidth * scale;
  const drawnHeight = imageHeight * scale;
  return { x: (width - drawnWidth) / 2, y: (height - drawnHeight) / 2, width: drawnWidth, height: drawnHeight };
}

export class FrameCompositor {
  readonly output = new OffscreenCanvas(1, 1);
  private readonly person = new OffscreenCanvas(1, 1);
  private readonly small = new OffscreenCanvas(1, 1);
  private readonly outputContext = context2d(this.output);
  private readonly personContext = context2d(this.person);
  private readonly smallContext = context2d(this.small);

  draw(frame: VideoFrame, mask: ImageBitmap, drawing: EffectDrawing, background: ImageBitmap | null): void {
    const width = frame.displayWidth;
    const height = frame.displayHeight;
    for (const canvas of [this.output, this.person]) {
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
    }
    const out = this.outputContext;
    out.globalCompositeOperation = 'copy';
    if (drawing.kind === 'blur') {
      const smallWidth = Math.max(1, Math.round(width / blurDownscale));
      const smallHeight = Math.max(1, Math.round(height / blurDownscale));
      if (this.small.width !== smallWidth || this.small.height !== smallHeight) {
        this.small.width = smallWidth;
        this.small.height = smallHeight;
      }
      this.smallContext.filter = `blur(${Math.max(1, (drawing.radiusFraction * width) / blurDownscale)}px)`;
      this.smallContext.globalCompositeOperation = 'copy';
      this.smallContext.drawImage(frame, 0, 0, smallWidth, smallHeight);
      out.drawImage(this.small, 0, 0, width, height);
    } else if (drawing.kind === 'image' && background) {
      const rect = coverRect(background.width, background.height, width, height);
      out.drawImage(background, rect.x, rect.y, rect.width, rect.height);
    } else {
      out.drawImage(frame, 0, 0, width, height);
    }
    // The person: the camera's pixels, kept only where the (smoothly scaled-up) mask is.
    const person = this.personContext;
    person.globalCompositeOperation = 'copy';
    person.drawImage(frame, 0, 0, width, height);
    person.globalCompositeOperation = 'destination-in';
    person.drawImage(mask, 0, 0, width, height);
    out.globalCompositeOperation = 'source-over';
    out.drawImage(this.person, 0, 0);
  }
}
