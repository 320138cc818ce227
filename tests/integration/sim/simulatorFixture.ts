// The base simulator, with the event streams and sessions a test opens closed after each test.
import { afterEach } from 'vitest';
import type { Simulator, SimulatorOptions } from '../../sim/index';
import { useBaseSimulator } from '../../support/simulatorFixture';
import type { SimSession } from './simSession';
import type { SseClient } from './sseClient';

export interface SimulatorFixture {
  readonly sim: Simulator;
  /** Streams to close after each test. */
  readonly streams: SseClient[];
  /** Sessions to leave after each test. */
  readonly sessions: SimSession[];
}

/** Registers the hooks; call at the top of a test file. `createMediaRoom` defaults to a fake engine. */
export function useSimulator(options: Omit<SimulatorOptions, 'port'> = {}): SimulatorFixture {
  const base = useBaseSimulator(options);
  const streams: SseClient[] = [];
  const sessions: SimSession[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.leave().catch(() => undefined);
    for (const stream of streams.splice(0)) stream.close();
  });
  return {
    get sim() {
      return base.sim;
    },
    streams,
    sessions,
  };
}
