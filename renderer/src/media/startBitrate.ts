// Chromium starts a call's bandwidth estimate at 300 kbps and, without delay-based feedback from
// the far end, raises it by about 8 % a second; a presentation's first keyframe (a full 1080p
// slide) is then paced out over most of a second. `x-google-start-bitrate` on the codecs of the
// node's answer sets where the estimate starts (and restarts, when the slides line gets its send
// codec at a share's start). Jitsi Meet sets the same parameter for the same reason. The
// estimate still falls at once on loss, so a slow link is only overrun for its first moments.

/** Where the estimate starts, in kbps: under the main video's default cap (2464 kbps). */
export const startBitrateKbps = 1500;

const startParameter = 'x-google-start-bitrate';
// Formats that carry pictures; rtx, red and FEC follow another payload's rate.
const pictureCodecs = new Set(['vp8', 'vp9', 'h264', 'av1']);

/** The answer with the start bitrate on every picture codec of its video sections. */
export function withStartBitrate(sdp: string, kbps = startBitrateKbps): string {
  const eol = sdp.includes('\r\n') ? '\r\n' : '\n';
  const trailing = sdp.endsWith(eol);
  const lines = (trailing ? sdp.slice(0, -eol.length) : sdp).split(eol);
  const out: string[] = [];
  let inVideo = false;
  const fmtpIndex = new Map<string, number>();
  const rtpmapIndex = new Map<string, number>();
  const finishSection = (): void => {
    for (const [payload, index] of rtpmapIndex) {
      const fmtp = fmtpIndex.get(payload);
      if (fmtp === undefined) {
        out[index] += `${eol}a=fmtp:${payload} ${startParameter}=${kbps}`;
      } else if (!out[fmtp]!.includes(`${startParameter}=`)) {
        out[fmtp] += `;${startParameter}=${kbps}`;
      }
    }
    fmtpIndex.clear();
    rtpmapIndex.clear();
  };
  for (const line of lines) {
    if (line.startsWith('m=')) {
      if (inVideo) finishSection();
      inVideo = line.startsWith('m=video ');
    } else if (inVideo) {
      const rtpmap = /^a=rtpmap:(\d+) ([^/]+)\//.exec(line);
      if (rtpmap && pictureCodecs.has(rtpmap[2]!.toLowerCase())) rtpmapIndex.set(rtpmap[1]!, out.length);
      const fmtp = /^a=fmtp:(\d+) /.exec(line);
      if (fmtp) fmtpIndex.set(fmtp[1]!, out.length);
    }
    out.push(line);
  }
  if (inVideo) finishSection();
  return out.join(eol) + (trailing ? eol : '');
}
