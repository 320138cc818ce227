// The one builder for a joined meeting and for a roster participant, shared by every test suite:
// a complete value with plain defaults, and the test names only what it is about.
import type { JoinedInfo, Participant } from '../../electron/shared/meeting';

export function joinedInfo(overrides: Partial<JoinedInfo> = {}): JoinedInfo {
  return {
    node: 'https://node.example.com',
    alias: 'meet.alice',
    conferenceName: "Alice's meeting",
    displayName: 'Bob',
    participantUuid: 'self-uuid',
    role: 'guest',
    chatEnabled: true,
    serviceType: 'conference',
    currentServiceType: 'conference',
    callType: 'video',
    iceServers: [],
    trickleIce: true,
    guestsCanPresent: true,
    ...overrides,
  };
}

export function participant(overrides: Partial<Participant> & Pick<Participant, 'uuid'>): Participant {
  return {
    displayName: overrides.uuid,
    overlayText: '',
    role: 'guest',
    serviceType: 'conference',
    protocol: 'webrtc',
    isMuted: false,
    isClientMuted: false,
    isVideoMuted: false,
    isPresenting: false,
    isAudioOnly: false,
    isVideoCall: true,
    isStreaming: false,
    hasMedia: true,
    buzzTime: 0,
    spotlight: 0,
    startTime: 0,
    canMute: false,
    canDisconnect: false,
    canTransfer: false,
    canPresent: true,
    rxPresentationAllowed: true,
    showLiveCaptions: false,
    callTag: '',
    ...overrides,
  };
}
