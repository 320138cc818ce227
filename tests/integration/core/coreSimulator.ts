// A simulator with short timings (dial-out, captions, presentation frames) plus the core
// participants a test creates, all stopped afterwards.
import { afterEach } from 'vitest';
import type { SimTimings, Simulator } from '../../sim';
import type { createFakeMediaEngine } from '../../support/fakeMediaRoom';
import { useBaseSimulator } from '../../support/simulatorFixture';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import { createCoreParticipant, type CoreParticipant } from './coreParticipant';

export interface CoreSimulator {
  readonly sim: Simulator;
  readonly media: ReturnType<typeof createFakeMediaEngine>;
  participant(options?: Parameters<typeof createCoreParticipant>[0]): CoreParticipant;
}

export interface CoreSimulatorOptions {
  /** Default: the simulator's own (120 s). */
  tokenExpirySeconds?: number;
}

/** Short enough that dial-out, captions and presentation frames arrive within a test. */
const shortTimings: Partial<SimTimings> = { dialAnswerMs: 20, dialRejectMs: 20, captionStepMs: 20, presentationFrameMs: 50 };

/** Registers the hooks; use inside a test file or a describe block (before the tests). */
export function useCoreSimulator(options: CoreSimulatorOptions = {}): CoreSimulator {
  const base = useBaseSimulator({
    timings: shortTimings,
    ...(options.tokenExpirySeconds === undefined ? {} : { tokenExpirySeconds: options.tokenExpirySeconds }),
  });
  const participants: CoreParticipant[] = [];
  afterEach(async () => {
    await Promise.all(participants.splice(0).map((p) => p.service.shutdown('test over')));
  });
  return {
    get sim() {
      return base.sim;
    },
    media: base.media,
    participant(participantOptions) {
      const created = createCoreParticipant(participantOptions);
      participants.push(created);
      return created;
    },
  };
}

export type InfinityRelay = Extract<BridgeEvent, { type: 'infinity' }>;

/** A predicate for a relayed `{type: 'infinity'}` event by name (and optional data check). */
export function relayed(name: string, check: (data: Record<string, unknown>) => boolean = () => true) {
  return (event: BridgeEvent): event is InfinityRelay =>
    event.type === 'infinity' && event.name === name && check((event.data ?? {}) as Record<string, unknown>);
}

/** Events after index `from` (to wait for a new one of a kind already seen). */
export function after(participant: CoreParticipant, predicate: (event: BridgeEvent) => boolean): (event: BridgeEvent) => boolean {
  const from = participant.events.length;
  return (event) => participant.events.indexOf(event) >= from && predicate(event);
}

/** Unwraps an operation result, failing the test with the error when it did not succeed. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`operation failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
