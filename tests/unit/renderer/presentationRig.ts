// Shared set-up for presentation store tests: fresh stores over a fake bridge whose floor commands
// are logged, a fake slides m-line whose updates are logged, and a joined session with a call.
import { vi, type Mock } from 'vitest';
import type { CallPeer } from '../../../renderer/src/media/callPeer';
import { directionFor, SlidesTransceiver, type SlidesPort } from '../../../renderer/src/media/slidesTransceiver';
import { useCallStore } from '../../../renderer/src/features/call/callStore';
import { useSessionStore } from '../../../renderer/src/features/session/sessionStore';
import { joinedInfo, type FakeBridge } from './fakeBridge';
import { freshStoresWithFakeBridge } from './freshStores';

/** Lets the store's promise chains run to rest. */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

export class FakeTrack extends EventTarget {
  kind = 'video';
  muted = false;
  readyState: MediaStreamTrackState = 'live';
  contentHint = '';
  stop: Mock<() => void> = vi.fn();
  applyConstraints: Mock<(constraints: MediaTrackConstraints) => Promise<void>> = vi.fn(async (constraints: MediaTrackConstraints) => {
    void constraints;
  });
}

export const ok = <T>(value: T) => ({ ok: true as const, value });

export interface PresentationRig {
  bridge: FakeBridge;
  /** take_floor, release_floor and update:<direction>, in the order they happened. */
  log: string[];
  port: SlidesPort;
  /** Every setParameters call on the slides sender. */
  senderParameters: RTCRtpSendParameters[];
  /** The fake bridge's commands, to add or override per test file. */
  commands: Record<string, unknown>;
}

/** `slidesAtRest`: 'receive' for a call whose slides line receives from its first offer. */
export function createPresentationRig(
  self: { participantUuid: string; displayName: string },
  slidesAtRest: 'inactive' | 'receive' = 'inactive',
): PresentationRig {
  const { bridge } = freshStoresWithFakeBridge();
  const log: string[] = [];
  const senderParameters: RTCRtpSendParameters[] = [];
  const commands = bridge.api as unknown as Record<string, unknown>;
  commands.takeFloor = vi.fn(async () => {
    log.push('take_floor');
    return ok(null);
  });
  commands.releaseFloor = vi.fn(async () => {
    log.push('release_floor');
    return ok(null);
  });
  const port: SlidesPort = {
    direction: directionFor(slidesAtRest),
    receiver: { track: new FakeTrack() as unknown as MediaStreamTrack },
    sender: {
      track: null,
      async replaceTrack(track: MediaStreamTrack | null) {
        (port.sender as { track: MediaStreamTrack | null }).track = track;
      },
      getParameters: () => ({ transactionId: 't', encodings: [{}] }) as unknown as RTCRtpSendParameters,
      setParameters: async (parameters: RTCRtpSendParameters) => {
        senderParameters.push(parameters);
      },
    } as unknown as SlidesPort['sender'],
  };
  // Like renegotiateCall: an offer behind a gate (take_floor in flight) reaches the node only once it succeeds.
  const slides = new SlidesTransceiver(port, async (gate) => {
    const allowed = gate ? await gate : { ok: true as const };
    if (!allowed.ok) return allowed;
    log.push(`update:${port.direction}`);
    return { ok: true };
  }, slidesAtRest);
  const session = useSessionStore();
  session.info = joinedInfo(self);
  session.state = 'in_meeting';
  useCallStore().currentPeer = { slides } as unknown as CallPeer;
  return { bridge, log, port, senderParameters, commands };
}
