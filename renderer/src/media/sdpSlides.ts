// Pexip identifies the presentation m-line by `a=content:slides`. Chromium never writes that
// attribute, so it is added to the offer text we send to the node. The local description is left
// as Chromium made it: the attribute only tells the remote side what the m-line carries, and
// Chromium would drop an attribute it does not know when it re-serializes its description anyway.
const slidesAttribute = 'a=content:slides';

/** Index (0-based) of the presentation m-section: audio, main video, slides. */
export const slidesSectionIndex = 2;

export function addSlidesContent(sdp: string, sectionIndex = slidesSectionIndex): string {
  const eol = sdp.includes('\r\n') ? '\r\n' : '\n';
  const trailing = sdp.endsWith(eol);
  const lines = (trailing ? sdp.slice(0, -eol.length) : sdp).split(eol);
  const starts = lines.flatMap((line, index) => (line.startsWith('m=') ? [index] : []));
  const start = starts[sectionIndex];
  if (start === undefined) return sdp;
  const end = starts[sectionIndex + 1] ?? lines.length;
  const section = lines.slice(start, end);
  if (section.some((line) => line.startsWith('a=content:'))) return sdp;
  lines.splice(end, 0, slidesAttribute);
  return lines.join(eol) + (trailing ? eol : '');
}
