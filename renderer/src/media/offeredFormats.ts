// What Parley's offer lists: only the codecs and RTP header extensions Infinity negotiates. Chromium
// offers about twice as many (AV1, H.265, a dozen H.264 profiles, RED, FEC, timing extensions),
// which makes the offer larger and the node slower to answer it, for formats the node never picks.

/** The fields of RTCRtpCodec this module reads (plain data: testable without a browser). */
export interface CodecEntry {
  mimeType: string;
  clockRate: number;
  channels?: number;
  sdpFmtpLine?: string;
}

export interface HeaderExtensionEntry {
  uri: string;
  direction: RTCRtpTransceiverDirection | 'stopped';
}

const audioCodecs = new Set(['audio/opus', 'audio/g722', 'audio/pcmu', 'audio/pcma', 'audio/telephone-event']);
const videoCodecs = new Set(['video/vp8', 'video/vp9', 'video/h264', 'video/rtx']);

/** H.264 Constrained Baseline and Baseline with packetization-mode 1: what Infinity sends and receives. */
function infinityH264(fmtp: string): boolean {
  const parts = new Map(fmtp.split(';').map((part) => part.trim().split('=') as [string, string]));
  const profile = parts.get('profile-level-id')?.toLowerCase() ?? '';
  return parts.get('packetization-mode') === '1' && (profile.startsWith('42e0') || profile.startsWith('4200'));
}

function infinityCodec(codec: CodecEntry): boolean {
  const mime = codec.mimeType.toLowerCase();
  if (mime === 'video/h264') return infinityH264(codec.sdpFmtpLine ?? '');
  // VP9 profile 0 only (8-bit 4:2:0); the others need hardware Infinity does not assume.
  if (mime === 'video/vp9') return !/profile-id=[1-9]/.test(codec.sdpFmtpLine ?? '');
  return audioCodecs.has(mime) || videoCodecs.has(mime);
}

/** The capabilities Infinity uses, in Chromium's order of preference; all of them if none is known. */
export function infinityCodecs<T extends CodecEntry>(capabilities: readonly T[]): T[] {
  const kept = capabilities.filter(infinityCodec);
  // Never offer retransmission alone: without a media codec there would be nothing to negotiate.
  return kept.some((codec) => codec.mimeType.toLowerCase() !== 'video/rtx') ? kept : [...capabilities];
}

const infinityExtensions = new Set([
  'urn:ietf:params:rtp-hdrext:sdes:mid',
  'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
  'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
  'urn:ietf:params:rtp-hdrext:toffset',
  'urn:3gpp:video-orientation',
]);

/**
 * The header extensions to negotiate: the ones Infinity uses keep their direction, every other
 * one is stopped (left out of the offer). The mid extension is never stopped (bundle needs it).
 */
export function infinityHeaderExtensions<T extends HeaderExtensionEntry>(offered: readonly T[]): T[] {
  return offered.map((extension) => (infinityExtensions.has(extension.uri) ? extension : { ...extension, direction: 'stopped' }));
}

/** The transceiver methods used here; older Chromium lacks the header-extension pair. */
interface FormatChoosingTransceiver {
  setCodecPreferences?(codecs: RTCRtpCodec[]): void;
  getHeaderExtensionsToNegotiate?(): HeaderExtensionEntry[];
  setHeaderExtensionsToNegotiate?(extensions: HeaderExtensionEntry[]): void;
}

type Capabilities = (kind: 'audio' | 'video') => { codecs: RTCRtpCodec[] } | null;

// Asked once per kind: Chromium builds the list each time (slow enough to show in the join time).
const knownCapabilities = new Map<'audio' | 'video', { codecs: RTCRtpCodec[] } | null>();
const receiverCapabilities: Capabilities = (kind) => {
  if (!knownCapabilities.has(kind)) knownCapabilities.set(kind, globalThis.RTCRtpReceiver?.getCapabilities?.(kind) ?? null);
  return knownCapabilities.get(kind) ?? null;
};

/**
 * Narrows one transceiver's offer to what Infinity uses. Must run before createOffer. A browser
 * that cannot do this offers everything, as before (the call still works, the offer is larger).
 */
export function offerInfinityFormats(
  transceiver: RTCRtpTransceiver,
  kind: 'audio' | 'video',
  capabilities: Capabilities = receiverCapabilities,
): void {
  const choosing = transceiver as unknown as FormatChoosingTransceiver;
  const codecs = capabilities(kind)?.codecs;
  try {
    if (codecs && choosing.setCodecPreferences) choosing.setCodecPreferences(infinityCodecs(codecs));
    const extensions = choosing.getHeaderExtensionsToNegotiate?.();
    if (extensions && choosing.setHeaderExtensionsToNegotiate) choosing.setHeaderExtensionsToNegotiate(infinityHeaderExtensions(extensions));
  } catch (error) {
    console.warn('Parley: offering every codec, the browser refused a narrower list:', error instanceof Error ? error.message : error);
  }
}
