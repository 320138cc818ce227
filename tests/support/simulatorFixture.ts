// The one base simulator fixture: a simulator on a free loopback port with fake media for each test
// file (or describe block), closed after it. Suites add what they track (streams, sessions, core
// participants) on top.
import { afterAll, beforeAll } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../sim/index';
import { createFakeMediaEngine } from './fakeMediaRoom';

export interface BaseSimulator {
  readonly sim: Simulator;
  /** The fake media engine, unless `options.createMediaRoom` replaced it. */
  readonly media: ReturnType<typeof createFakeMediaEngine>;
}

/** Registers the hooks; call at the top of a test file or describe block, before its tests. */
export function useBaseSimulator(options: Omit<SimulatorOptions, 'port'> = {}): BaseSimulator {
  let sim: Simulator | undefined;
  const media = createFakeMediaEngine();
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, createMediaRoom: media.createMediaRoom, ...options });
  });
  afterAll(async () => {
    await sim?.close();
  });
  return {
    get sim() {
      if (!sim) throw new Error('simulator not started');
      return sim;
    },
    media,
  };
}
