// One simulator (fake media) per test file, with the event streams and sessions a test opens
// closed after each test and the simulator after all of them.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../sim/index';
import { createFakeMediaEngine } from './fakeMediaRoom';
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
  let sim: Simulator | undefined;
  const streams: SseClient[] = [];
  const sessions: SimSession[] = [];
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, createMediaRoom: createFakeMediaEngine().createMediaRoom, ...options });
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.leave().catch(() => undefined);
    for (const stream of streams.splice(0)) stream.close();
  });
  afterAll(async () => {
    await sim?.close();
  });
  return {
    get sim() {
      if (!sim) throw new Error('simulator not started');
      return sim;
    },
    streams,
    sessions,
  };
}
