// A participant as the simulator keeps it, and its wire form (the participant_create field list).
import type { SimCall } from '../media/types';
import type { JoinRole } from './joinPolicy';

/** Where the participant is: the room's own service, or held in the waiting room of a locked room. */
export type ParticipantServiceType = 'conference' | 'lecture' | 'test_call' | 'waiting_room';

export interface Participant {
  readonly uuid: string;
  readonly displayName: string;
  role: JoinRole;
  readonly callTag: string;
  readonly vendor: string;
  /** Unix seconds. */
  readonly startTime: number;
  serviceType: ParticipantServiceType;
  isClientMuted: boolean;
  isMuted: boolean;
  isPresenting: boolean;
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
  return {
    ...init,
    startTime: Math.floor(Date.now() / 1000),
    isClientMuted: false,
    isMuted: false,
    isPresenting: false,
    calls: new Map(),
  };
}

const yesNo = (value: boolean): 'YES' | 'NO' => (value ? 'YES' : 'NO');

/** The participant object of participant_create / participant_update / GET participants. */
export function participantToWire(participant: Participant, roomAlias: string): Record<string, unknown> {
  const isHost = participant.role === 'HOST';
  const hasMedia = participant.calls.size > 0;
  return {
    buzz_time: 0,
    call_direction: 'in',
    call_tag: participant.callTag,
    can_receive_personal_mix: false,
    disconnect_supported: 'YES',
    display_name: participant.displayName,
    encryption: 'On',
    external_node_uuid: '',
    fecc_supported: 'NO',
    has_media: hasMedia,
    is_audio_only_call: 'NO',
    // The spec's field list names it with a hyphen, the validators with an underscore: send both.
    'is_client-muted': participant.isClientMuted,
    is_client_muted: participant.isClientMuted,
    is_conjoined: false,
    is_external: false,
    is_idp_authenticated: false,
    is_main_video_dropped_out: false,
    is_muted: yesNo(participant.isMuted),
    is_presenting: yesNo(participant.isPresenting),
    is_streaming_conference: false,
    is_transferring: false,
    is_video_call: yesNo(hasMedia),
    'is_video-muted': false,
    is_video_muted: false,
    is_video_silent: false,
    layout_group: '',
    local_alias: roomAlias,
    mute_supported: 'YES',
    needs_presentation_in_mix: false,
    overlay_text: participant.displayName,
    presentation_supported: 'YES',
    protocol: 'api',
    receive_from_audio_mix: 'main',
    receive_from_video_mix: { mix_name: 'main', timestamp: participant.startTime },
    role: isHost ? 'chair' : 'guest',
    rx_presentation_policy: 'ALLOW',
    send_to_audio_mixes: [{ mix_name: 'main', prominent: false }],
    service_type: participant.serviceType,
    show_live_captions: false,
    spotlight: 0,
    start_time: participant.startTime,
    supports_direct_chat: true,
    transfer_supported: 'YES',
    // Empty for guests, as Infinity reports it.
    uri: isHost ? `${participant.displayName}@parley.sim` : '',
    uuid: participant.uuid,
    vendor: isHost ? participant.vendor : '',
  };
}
