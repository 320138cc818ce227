// A fake ParleyApi for renderer tests: each command is a vi.fn with a successful default answer,
// and emit() delivers bridge events to subscribers.
import { vi } from 'vitest';
import type { BridgeEvent, BridgeEventBody, BridgeEventListener, ParleyApi } from '../../../electron/shared/bridge';
import type { JoinedInfo, Participant } from '../../../electron/shared/meeting';

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

export interface FakeBridge {
  api: ParleyApi & { [K in Exclude<keyof ParleyApi, 'onEvent'>]: ReturnType<typeof vi.fn> & ParleyApi[K] };
  emit(event: BridgeEventBody): void;
  listenerCount(): number;
}

export function createFakeBridge(): FakeBridge {
  const listeners = new Set<BridgeEventListener>();
  const ok = <T>(value: T) => ({ ok: true as const, value });
  const api = {
    join: vi.fn(async () => ok(joinedInfo())),
    leave: vi.fn(async () => ok(null)),
    getSnapshot: vi.fn(async () => ok(null)),
    startCall: vi.fn(async () => ok({ callUuid: 'call-1', sdp: 'v=0\r\n' })),
    ackCall: vi.fn(async () => ok(null)),
    updateCall: vi.fn(async () => ok({ sdp: 'v=0\r\n' })),
    sendCandidate: vi.fn(async () => ok(null)),
    disconnectCall: vi.fn(async () => ok(null)),
    sendMessage: vi.fn(async () => ok(null)),
    setClientMute: vi.fn(async () => ok(null)),
    participantAction: vi.fn(async () => ok(null)),
    conferenceAction: vi.fn(async () => ok(null)),
    setLiveCaptions: vi.fn(async () => ok(null)),
    sendDirectMessage: vi.fn(async () => ok(null)),
    sendAppMessage: vi.fn(async () => ok(null)),
    getLayoutChoices: vi.fn(async () => ok([] as { name: string; svg: string | null }[])),
    transformLayout: vi.fn(async () => ok(null)),
    dialOut: vi.fn(async () => ok([] as string[])),
    getConferenceSignals: vi.fn(async () =>
      ok({ recording: false, streaming: false, splashScreen: null as string | null, breakoutName: null as string | null, openBreakouts: 0 }),
    ),
    onEvent(listener: BridgeEventListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    // Other areas' commands may be missing here: the cast goes through unknown.
    api: api as unknown as FakeBridge['api'],
    emit(body) {
      const event = { ...body, receivedAt: Date.now() } as BridgeEvent;
      for (const listener of listeners) listener(event);
    },
    listenerCount: () => listeners.size,
  };
}
