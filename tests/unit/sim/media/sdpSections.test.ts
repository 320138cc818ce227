import { describe, expect, it } from 'vitest';
import { keepOfferedMLinesOpen, mediaSections, slidesMid } from '../../../sim/media/sdpSections';

const offer = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1 2',
  'm=audio 50000 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=sendrecv',
  'm=video 50000 UDP/TLS/RTP/SAVPF 96',
  'a=mid:1',
  'a=sendrecv',
  'm=video 50000 UDP/TLS/RTP/SAVPF 96',
  'a=mid:2',
  'a=content:slides',
  'a=inactive',
  '',
].join('\r\n');

describe('sdpSections', () => {
  it('reads kind, port, mid and content of each m-line', () => {
    expect(mediaSections(offer)).toEqual([
      { kind: 'audio', port: 50000, mid: '0', content: undefined },
      { kind: 'video', port: 50000, mid: '1', content: undefined },
      { kind: 'video', port: 50000, mid: '2', content: 'slides' },
    ]);
  });

  it('finds the slides m-line by a=content, else takes the second video', () => {
    expect(slidesMid(offer.replace('a=mid:2', 'a=mid:pres'))).toBe('pres');
    expect(slidesMid(offer.replace('a=content:slides\r\n', ''))).toBe('2');
    expect(slidesMid(offer.replace('a=content:slides\r\n', '').replace(/m=video 50000 [^\r]*\r\na=mid:2/, 'm=audio 50000 x\r\na=mid:2'))).toBeUndefined();
  });

  it('reopens an m-line the answer rejected while the offer kept it open', () => {
    const answer = offer.replace(/m=video 50000 (.*)\r\na=mid:2/, 'm=video 0 $1\r\na=mid:2').replace(/ 50000 /g, ' 9 ');
    const fixed = keepOfferedMLinesOpen(offer, answer);
    expect(mediaSections(fixed).map((section) => section.port)).toEqual([9, 9, 9]);
    expect(fixed).toContain('a=inactive');
  });

  it('leaves an m-line rejected when the offer itself rejected it', () => {
    const rejectedOffer = offer.replace(/m=video 50000 (.*)\r\na=mid:2/, 'm=video 0 $1\r\na=mid:2');
    const answer = rejectedOffer.replace(/ 50000 /g, ' 9 ');
    expect(mediaSections(keepOfferedMLinesOpen(rejectedOffer, answer)).map((section) => section.port)).toEqual([9, 9, 0]);
  });
});
