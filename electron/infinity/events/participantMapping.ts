// Normalizes Infinity's wire participants ("YES"/"NO", "chair"/"guest", hyphenated keys) into
// the Participant type the renderer uses.
import type { Participant, Role, ServiceType } from '../../shared/meeting';
import type { WireParticipant } from './eventSchemas';

const serviceTypes: readonly ServiceType[] = [
  'conference',
  'gateway',
  'test_call',
  'lecture',
  'media_playback',
  'waiting_room',
  'ivr',
  'connecting',
];

export function toServiceType(value: string): ServiceType {
  return (serviceTypes as readonly string[]).includes(value) ? (value as ServiceType) : 'unknown';
}

function toRole(value: string | undefined): Role {
  const lower = value?.toLowerCase();
  return lower === 'chair' || lower === 'host' ? 'host' : 'guest';
}

export function toParticipant(wire: WireParticipant): Participant {
  return {
    uuid: wire.uuid,
    displayName: wire.display_name,
    overlayText: wire.overlay_text ?? wire.display_name,
    role: toRole(wire.role),
    serviceType: toServiceType(wire.service_type ?? 'conference'),
    protocol: wire.protocol ?? '',
    isMuted: wire.is_muted ?? false,
    isClientMuted: wire['is_client-muted'] ?? false,
    isVideoMuted: wire['is_video-muted'] ?? wire.is_video_muted ?? false,
    isPresenting: wire.is_presenting ?? false,
    isAudioOnly: wire.is_audio_only_call ?? false,
    isVideoCall: wire.is_video_call ?? false,
    isStreaming: wire.is_streaming_conference ?? false,
    hasMedia: wire.has_media ?? false,
    buzzTime: wire.buzz_time ?? 0,
    spotlight: wire.spotlight ?? 0,
    startTime: wire.start_time ?? 0,
    canMute: wire.mute_supported ?? false,
    canDisconnect: wire.disconnect_supported ?? false,
    canTransfer: wire.transfer_supported ?? false,
    canPresent: wire.presentation_supported ?? false,
    rxPresentationAllowed: (wire.rx_presentation_policy ?? 'ALLOW').toUpperCase() === 'ALLOW',
    showLiveCaptions: wire.show_live_captions ?? false,
    callTag: wire.call_tag ?? '',
  };
}
