// A fake ParleyApi for renderer tests: each command is a vi.fn with a successful default answer,
// and emit() delivers bridge events to subscribers.
import { vi } from 'vitest';
import type { BridgeEvent, BridgeEventBody, BridgeEventListener, ParleyApi } from '../../../electron/shared/bridge';
import { joinedInfo } from '../../support/meetingBuilders';
import { defaultSettings } from '../../../electron/shared/settings';

// The builders live in tests/support so every suite builds meetings the same way.
export { joinedInfo, participant } from '../../support/meetingBuilders';

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
    joinWithSso: vi.fn(async () => ok(joinedInfo())),
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
    settingsRead: vi.fn(async () => ok({ settings: { ...defaultSettings }, locked: [], problem: null, secretsAvailable: false })),
    settingsWrite: vi.fn(async (change: object) => ok({ settings: { ...defaultSettings, ...change }, locked: [], problem: null, secretsAvailable: false })),
    recentMeetings: vi.fn(async () => ok([])),
    recentMeetingRemember: vi.fn(async () => ok({ pinRemembered: false })),
    recentMeetingOpen: vi.fn(async () => ({ ok: false as const, error: { code: 'not_found' as const, message: 'That meeting is no longer in Recent meetings.' } })),
    recentMeetingForget: vi.fn(async () => ok([])),
    desktopMeetingState: vi.fn(async () => ok(null)),
    desktopWindowMode: vi.fn(async (arg: { mode: 'full' | 'mini'; sharing?: boolean }) => ok({ mode: arg.mode })),
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
