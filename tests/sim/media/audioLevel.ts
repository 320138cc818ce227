// Reads the RTP audio-level header extension (RFC 6464): one byte, top bit = voice activity,
// low 7 bits = level in -dBov (0 loudest, 127 silent).
import { RTP_EXTENSION_URI, type RTCRtpHeaderExtensionParameters, type RtpPacket } from 'werift';

export interface AudioLevel {
  vad: boolean;
  level: number;
}

/** The negotiated id of the audio-level extension on a transceiver, if the peer agreed to it. */
export function audioLevelExtensionId(negotiated: readonly RTCRtpHeaderExtensionParameters[]): number | undefined {
  return negotiated.find((extension) => extension.uri === RTP_EXTENSION_URI.audioLevelIndication)?.id;
}

export function readAudioLevel(packet: RtpPacket, extensionId: number | undefined): AudioLevel | undefined {
  if (extensionId === undefined) return undefined;
  const byte = packet.header.extensions.find((extension) => extension.id === extensionId)?.payload[0];
  if (byte === undefined) return undefined;
  return { vad: (byte & 0x80) !== 0, level: byte & 0x7f };
}
