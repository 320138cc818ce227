// What the SDK peer presents: a canvas that changes every frame (a moving bar and a counter), so
// the receiver's decoder has new frames to count. A canvas needs no screen-capture prompt.
export interface PresentationDrawing {
  stream: MediaStream;
  stop(): void;
}

const FRAMES_PER_SECOND = 15;

export function drawPresentationFrames(canvas: HTMLCanvasElement): PresentationDrawing {
  const context = canvas.getContext('2d');
  let frame = 0;
  const draw = () => {
    if (!context) return;
    frame += 1;
    context.fillStyle = '#1d3557';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#f1faee';
    context.fillRect((frame * 8) % canvas.width, 0, 40, canvas.height);
    context.font = '48px sans-serif';
    context.fillText(`slide ${frame}`, 40, canvas.height / 2);
  };
  draw();
  const timer = window.setInterval(draw, 1000 / FRAMES_PER_SECOND);
  const stream = canvas.captureStream(FRAMES_PER_SECOND);
  return {
    stream,
    stop() {
      window.clearInterval(timer);
      for (const track of stream.getTracks()) track.stop();
    },
  };
}
