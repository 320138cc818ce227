import { describe, expect, it } from 'vitest';
import { startBitrateKbps, withStartBitrate } from '../../../../renderer/src/media/startBitrate';

const answer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=rtpmap:111 opus/48000/2',
  'a=fmtp:111 minptime=10;useinbandfec=1',
  'm=video 9 UDP/TLS/RTP/SAVPF 96 97 102 63',
  'a=mid:1',
  'a=rtpmap:96 VP8/90000',
  'a=rtpmap:97 rtx/90000',
  'a=fmtp:97 apt=96',
  'a=rtpmap:102 H264/90000',
  'a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
  'a=rtpmap:63 red/90000',
  'a=fmtp:63 96/96',
  'm=video 9 UDP/TLS/RTP/SAVPF 98',
  'a=mid:2',
  'a=rtpmap:98 VP9/90000',
  'a=fmtp:98 profile-id=0;x-google-start-bitrate=800',
  '',
].join('\r\n');

describe('withStartBitrate', () => {
  const munged = withStartBitrate(answer);
  const lines = munged.split('\r\n');

  it('gives a picture codec without fmtp its own fmtp line right after the rtpmap', () => {
    const at = lines.indexOf('a=rtpmap:96 VP8/90000');
    expect(lines[at + 1]).toBe(`a=fmtp:96 x-google-start-bitrate=${startBitrateKbps}`);
  });

  it('appends the parameter to an existing fmtp of a picture codec', () => {
    expect(lines).toContain(
      `a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f;x-google-start-bitrate=${startBitrateKbps}`,
    );
  });

  it('leaves rtx, red and audio alone', () => {
    expect(lines).toContain('a=fmtp:97 apt=96');
    expect(lines).toContain('a=fmtp:63 96/96');
    expect(lines).toContain('a=fmtp:111 minptime=10;useinbandfec=1');
    expect(lines.filter((line) => line.startsWith('a=fmtp:111'))).toHaveLength(1);
  });

  it('keeps a start bitrate the node already set', () => {
    expect(lines).toContain('a=fmtp:98 profile-id=0;x-google-start-bitrate=800');
  });

  it('changes nothing else, keeping CRLF and the final line end', () => {
    expect(munged.endsWith('a=fmtp:98 profile-id=0;x-google-start-bitrate=800\r\n')).toBe(true);
    expect(munged.match(/x-google-start-bitrate/g)).toHaveLength(3);
    const stripped = munged
      .replace(`\r\na=fmtp:96 x-google-start-bitrate=${startBitrateKbps}`, '')
      .replace(`;x-google-start-bitrate=${startBitrateKbps}`, '');
    expect(stripped).toBe(answer);
  });

  it('keeps LF line ends and an answer without a final line end', () => {
    const lf = 'v=0\nm=video 9 UDP/TLS/RTP/SAVPF 96\na=rtpmap:96 VP8/90000';
    expect(withStartBitrate(lf, 900)).toBe(`${lf}\na=fmtp:96 x-google-start-bitrate=900`);
  });
});
