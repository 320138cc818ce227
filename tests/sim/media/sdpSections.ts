// Minimal reading and patching of SDP m-sections: just what the media engine needs to find the
// slides m-line and to keep accepted m-lines alive in its answers.

export interface MediaSection {
  kind: string;
  port: number;
  mid: string | undefined;
  /** `a=content:` value, e.g. "slides" for the presentation m-line. */
  content: string | undefined;
}

const lineBreak = /\r?\n/;

function splitSections(sdp: string): string[][] {
  const sections: string[][] = [];
  for (const line of sdp.split(lineBreak)) {
    if (line.startsWith('m=')) sections.push([line]);
    else if (sections.length > 0 && line !== '') sections[sections.length - 1]?.push(line);
  }
  return sections;
}

function attribute(lines: string[], name: string): string | undefined {
  const prefix = `a=${name}:`;
  return lines.find((line) => line.startsWith(prefix))?.slice(prefix.length).trim();
}

export function mediaSections(sdp: string): MediaSection[] {
  return splitSections(sdp).map((lines) => {
    const [kind = '', port = '0'] = (lines[0] ?? '').slice(2).split(' ');
    return { kind, port: Number(port), mid: attribute(lines, 'mid'), content: attribute(lines, 'content') };
  });
}

/** The mid of the presentation m-line: the one marked `a=content:slides`, else the second video. */
export function slidesMid(offerSdp: string): string | undefined {
  const sections = mediaSections(offerSdp);
  const marked = sections.find((section) => section.content === 'slides');
  if (marked) return marked.mid;
  return sections.filter((section) => section.kind === 'video')[1]?.mid;
}

/**
 * Port 0 in an answer rejects the m-line for good (Chromium stops that transceiver). Some werift
 * versions write port 0 for an accepted but `inactive` m-line; give every m-line the offer kept
 * open a live port (9, the usual placeholder when candidates carry the real addresses).
 */
export function keepOfferedMLinesOpen(offerSdp: string, answerSdp: string): string {
  const offered = mediaSections(offerSdp);
  let index = -1;
  return answerSdp.replace(/^m=(\S+) (\d+) /gm, (whole, kind: string, port: string) => {
    index += 1;
    const offer = offered[index];
    if (port === '0' && offer !== undefined && offer.port !== 0) return `m=${kind} 9 `;
    return whole;
  });
}
