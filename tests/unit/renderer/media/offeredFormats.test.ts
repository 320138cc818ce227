import { describe, expect, it, vi } from 'vitest';
import { infinityCodecs, infinityHeaderExtensions, offerInfinityFormats, type CodecEntry } from '../../../../renderer/src/media/offeredFormats';

// What Chromium 156 lists (abridged, in its order).
const chromiumVideo: CodecEntry[] = [
  { mimeType: 'video/VP8', clockRate: 90000 },
  { mimeType: 'video/rtx', clockRate: 90000 },
  { mimeType: 'video/H264', clockRate: 90000, sdpFmtpLine: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f' },
  { mimeType: 'video/H264', clockRate: 90000, sdpFmtpLine: 'level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f' },
  { mimeType: 'video/H264', clockRate: 90000, sdpFmtpLine: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f' },
  { mimeType: 'video/H264', clockRate: 90000, sdpFmtpLine: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=640c1f' },
  { mimeType: 'video/VP9', clockRate: 90000, sdpFmtpLine: 'profile-id=0' },
  { mimeType: 'video/VP9', clockRate: 90000, sdpFmtpLine: 'profile-id=2' },
  { mimeType: 'video/AV1', clockRate: 90000, sdpFmtpLine: 'level-idx=5;profile=0;tier=0' },
  { mimeType: 'video/H265', clockRate: 90000 },
  { mimeType: 'video/red', clockRate: 90000 },
  { mimeType: 'video/ulpfec', clockRate: 90000 },
];
const chromiumAudio: CodecEntry[] = [
  { mimeType: 'audio/opus', clockRate: 48000, channels: 2, sdpFmtpLine: 'minptime=10;useinbandfec=1' },
  { mimeType: 'audio/red', clockRate: 48000, channels: 2 },
  { mimeType: 'audio/G722', clockRate: 8000 },
  { mimeType: 'audio/PCMU', clockRate: 8000 },
  { mimeType: 'audio/PCMA', clockRate: 8000 },
  { mimeType: 'audio/CN', clockRate: 8000 },
  { mimeType: 'audio/telephone-event', clockRate: 48000 },
];

describe('the codecs Parley offers', () => {
  it('keeps VP8, VP9 profile 0 and H.264 (Constrained) Baseline with packetization-mode 1, with retransmission, in order', () => {
    expect(infinityCodecs(chromiumVideo).map((codec) => `${codec.mimeType} ${codec.sdpFmtpLine ?? ''}`.trim())).toEqual([
      'video/VP8',
      'video/rtx',
      'video/H264 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f',
      'video/H264 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
      'video/VP9 profile-id=0',
    ]);
  });

  it('keeps opus, G.722, G.711 and telephone events; leaves out RED and comfort noise', () => {
    expect(infinityCodecs(chromiumAudio).map((codec) => codec.mimeType)).toEqual(['audio/opus', 'audio/G722', 'audio/PCMU', 'audio/PCMA', 'audio/telephone-event']);
  });

  it('offers everything rather than nothing when no known codec is listed', () => {
    const unknown = [{ mimeType: 'video/AV1', clockRate: 90000 }, { mimeType: 'video/rtx', clockRate: 90000 }];
    expect(infinityCodecs(unknown)).toEqual(unknown);
  });

  it('stops the header extensions Infinity does not use and keeps mid, audio level and congestion control', () => {
    const offered = [
      { uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', direction: 'sendrecv' as const },
      { uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level', direction: 'sendrecv' as const },
      { uri: 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01', direction: 'sendrecv' as const },
      { uri: 'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay', direction: 'sendrecv' as const },
      { uri: 'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension', direction: 'sendrecv' as const },
    ];
    expect(infinityHeaderExtensions(offered).map((extension) => extension.direction)).toEqual(['sendrecv', 'sendrecv', 'sendrecv', 'stopped', 'stopped']);
  });

  it('sets both lists on a transceiver before the offer', () => {
    const transceiver = {
      setCodecPreferences: vi.fn(),
      getHeaderExtensionsToNegotiate: () => [{ uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', direction: 'sendrecv' }, { uri: 'urn:x-unknown', direction: 'sendrecv' }],
      setHeaderExtensionsToNegotiate: vi.fn(),
    };
    offerInfinityFormats(transceiver as unknown as RTCRtpTransceiver, 'audio', () => ({ codecs: chromiumAudio as RTCRtpCodec[] }));
    expect(transceiver.setCodecPreferences).toHaveBeenCalledWith(infinityCodecs(chromiumAudio));
    expect(transceiver.setHeaderExtensionsToNegotiate).toHaveBeenCalledWith([
      { uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', direction: 'sendrecv' },
      { uri: 'urn:x-unknown', direction: 'stopped' },
    ]);
  });

  it('leaves the offer as the browser makes it when the browser refuses the list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const transceiver = {
      setCodecPreferences: () => {
        throw new Error('InvalidModificationError');
      },
    };
    expect(() => offerInfinityFormats(transceiver as unknown as RTCRtpTransceiver, 'video', () => ({ codecs: chromiumVideo as RTCRtpCodec[] }))).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
