// A participant as the simulator keeps it, and its wire form (the participant_create field list).
import type { SimCall } from '../media/types';
import type { JoinRole } from './joinPolicy';

/** Where the participant is: connecting (dial-out), held in the waiting room, or inside the service. */
export type ParticipantServiceType = 'connecting' | 'conference' | 'lecture' | 'test_call' | 'waiting_room';

export interface AudioMix {
  mix_name: string;
  prominent: boolean;
}

export interface VideoMixSubscription {
  mix_name: string;
  /** Unix seconds of the last change. */
  timestamp: number;
  layout?: string;
}

export interface Participant {
  readonly uuid: string;
  readonly displayName: string;
  role: JoinRole;
  readonly callTag: string;
  readonly vendor: string;
  /** Unix seconds. */
  readonly startTime: number;
  serviceType: ParticipantServiceType;
  callDirection: 'in' | 'out';
  protocol: 'api' | 'sip' | 'h323' | 'rtmp' | 'mssip' | 'webrtc';
  uri: string;
  isStreaming: boolean;
  isIdpAuthenticated: boolean;
  /** A host's API-only stand-in inside a breakout room (never has its own session). */
  isControl: boolean;
  isClientMuted: boolean;
  isMuted: boolean;
  /** Muted by a host (or muteguests): a guest may then unmute only when guests_can_unmute. */
  mutedByHost: boolean;
  isVideoMuted: boolean;
  isPresenting: boolean;
  rxPresentation: 'ALLOW' | 'DENY';
  /** Unix seconds (fractional, strictly increasing across the node) or 0. */
  spotlight: number;
  /** Unix seconds of the raised hand, or 0. */
  buzzTime: number;
  overlayText: string;
  needsPresentationInMix: boolean;
  layoutGroup: string;
  sendToAudioMixes: AudioMix[];
  /** null = receives no audio. */
  receiveFromAudioMix: string | null;
  receiveFromVideoMix: VideoMixSubscription;
  showLiveCaptions: boolean;
  preferredAspectRatio: number | undefined;
  feccSupported: boolean;
  audioOnly: boolean;
  hasAvatar: boolean;
  /** What was sent to this participant with dtmf / fecc, and its last reported statistics. */
  readonly dtmfReceived: string[];
  readonly feccReceived: unknown[];
  statistics: unknown;
  /** Breakout uuid, or 'main', of the room the participant was in before the last move. */
  previousRoom: string | undefined;
  /** Direct media: asked for in request_token. */
  directMedia: boolean;
  /** Direct media: the call uuid of the participant's peer-to-peer call, if any. */
  directCall: string | undefined;
  readonly calls: Map<string, SimCall>;
}

export interface NewParticipant {
  uuid: string;
  displayName: string;
  role: JoinRole;
  callTag: string;
  vendor: string;
  serviceType: ParticipantServiceType;
}

export function createParticipant(init: NewParticipant): Participant {
  const startTime = Math.floor(Date.now() / 1000);
  return {
    ...init,
    startTime,
    callDirection: 'in',
    protocol: 'api',
    uri: init.role === 'HOST' ? `${init.displayName}@parley.sim` : '',
    isStreaming: false,
    isIdpAuthenticated: false,
    isControl: false,
    isClientMuted: false,
    isMuted: false,
    mutedByHost: false,
    isVideoMuted: false,
    isPresenting: false,
    rxPresentation: 'ALLOW',
    spotlight: 0,
    buzzTime: 0,
    overlayText: init.displayName,
    needsPresentationInMix: false,
    layoutGroup: '',
    sendToAudioMixes: [{ mix_name: 'main', prominent: false }],
    receiveFromAudioMix: 'main',
    receiveFromVideoMix: { mix_name: 'main', timestamp: startTime },
    showLiveCaptions: false,
    preferredAspectRatio: undefined,
    feccSupported: false,
    audioOnly: false,
    hasAvatar: true,
    dtmfReceived: [],
    feccReceived: [],
    statistics: undefined,
    previousRoom: undefined,
    directMedia: false,
    directCall: undefined,
    calls: new Map(),
  };
}

const yesNo = (value: boolean): 'YES' | 'NO' => (value ? 'YES' : 'NO');

/** Answered dial-outs carry media without an API call of their own. */
export function hasMedia(participant: Participant): boolean {
  if (participant.calls.size > 0 || participant.directCall !== undefined) return true;
  return participant.callDirection === 'out' && participant.serviceType !== 'connecting';
}

/** The participant object of participant_create / participant_update / GET participants. */
export function participantToWire(participant: Participant, roomAlias: string): Record<string, unknown> {
  const isHost = participant.role === 'HOST';
  const media = hasMedia(participant);
  const mix = participant.receiveFromVideoMix;
  return {
    buzz_time: participant.buzzTime,
    call_direction: participant.callDirection,
    call_tag: participant.callTag,
    can_receive_personal_mix: true,
    disconnect_supported: 'YES',
    display_name: participant.displayName,
    encryption: 'On',
    external_node_uuid: '',
    fecc_supported: yesNo(participant.feccSupported),
    has_media: media,
    is_audio_only_call: yesNo(participant.audioOnly),
    // The spec's field list names it with a hyphen, the validators with an underscore: send both.
    'is_client-muted': participant.isClientMuted,
    is_client_muted: participant.isClientMuted,
    is_conjoined: false,
    is_external: false,
    is_idp_authenticated: participant.isIdpAuthenticated,
    is_main_video_dropped_out: false,
    is_muted: yesNo(participant.isMuted),
    is_presenting: yesNo(participant.isPresenting),
    is_streaming_conference: participant.isStreaming,
    is_transferring: false,
    is_video_call: yesNo(media && !participant.audioOnly),
    'is_video-muted': participant.isVideoMuted,
    is_video_muted: participant.isVideoMuted,
    is_video_silent: false,
    last_spoken_time: 0,
    layout_group: participant.layoutGroup,
    local_alias: roomAlias,
    mute_supported: 'YES',
    needs_presentation_in_mix: participant.needsPresentationInMix,
    overlay_text: participant.overlayText,
    presentation_supported: 'YES',
    protocol: participant.protocol,
    receive_from_audio_mix: participant.receiveFromAudioMix,
    receive_from_video_mix: {
      mix_name: mix.mix_name,
      timestamp: mix.timestamp,
      ...(mix.layout === undefined ? {} : { mix_config: { transform_layout: { layout: mix.layout } } }),
    },
    role: isHost ? 'chair' : 'guest',
    rx_presentation_policy: participant.rxPresentation,
    send_to_audio_mixes: participant.sendToAudioMixes,
    service_type: participant.serviceType,
    show_live_captions: participant.showLiveCaptions,
    spotlight: participant.spotlight,
    start_time: participant.startTime,
    supports_direct_chat: !participant.isControl,
    transfer_supported: 'YES',
    // Empty for guests, as Infinity reports it.
    uri: isHost || participant.callDirection === 'out' ? participant.uri : '',
    uuid: participant.uuid,
    vendor: isHost ? participant.vendor : '',
  };
}
