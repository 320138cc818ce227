import { describe, expect, it } from 'vitest';
import { icePasswordFor } from '../../../../renderer/src/media/iceCredentials';
import { addSlidesContent } from '../../../../renderer/src/media/sdpSlides';

const offer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1 2',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=ice-pwd:audiopassword',
  'a=sendrecv',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:1',
  'a=ice-pwd:videopassword',
  'a=sendrecv',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:2',
  'a=ice-pwd:slidespassword',
  'a=inactive',
  '',
].join('\r\n');

function sections(sdp: string): string[] {
  return sdp.split(/\r\n(?=m=)/);
}

describe('addSlidesContent', () => {
  it('adds a=content:slides to the third m-section only', () => {
    const munged = addSlidesContent(offer);
    const before = sections(offer);
    const after = sections(munged);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]).toBe(`${before[3]?.replace(/\r\n$/, '')}\r\na=content:slides\r\n`);
    expect(munged.match(/a=content:slides/g)).toHaveLength(1);
    expect(munged.endsWith('\r\n')).toBe(true);
  });

  it('inserts before a following m-section when there is one', () => {
    const four = offer + 'm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:3\r\n';
    const after = sections(addSlidesContent(four));
    expect(after[3]).toMatch(/a=mid:2\r\na=ice-pwd:slidespassword\r\na=inactive\r\na=content:slides$/);
    expect(after[4]).toBe('m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:3\r\n');
  });

  it('leaves the SDP alone when already marked or with fewer than three m-sections', () => {
    const marked = addSlidesContent(offer);
    expect(addSlidesContent(marked)).toBe(marked);
    const two = offer.slice(0, offer.lastIndexOf('m=video'));
    expect(addSlidesContent(two)).toBe(two);
  });
});

describe('icePasswordFor', () => {
  it('finds the password of the candidate m-section, or the first one', () => {
    expect(icePasswordFor(offer, '1')).toBe('videopassword');
    expect(icePasswordFor(offer, null)).toBe('audiopassword');
    expect(icePasswordFor('v=0\r\n', '0')).toBeNull();
  });
});
