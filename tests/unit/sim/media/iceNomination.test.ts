import { describe, expect, it } from 'vitest';
import { connectOnNomination, type NominatingConnection } from '../../../sim/media/iceNomination';

/** An ICE connection as werift has it: connect() settles only when the test says (its scheduler). */
function fakeConnection() {
  const states: string[] = [];
  const finishes: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const connection: NominatingConnection & { states: string[]; finishes: typeof finishes } = {
    nominated: undefined,
    states,
    finishes,
    connect: () => new Promise<void>((resolve, reject) => finishes.push({ resolve, reject })),
    checkComplete(pair: unknown) {
      // werift sets the nominated pair inside checkComplete.
      if (pair === 'nominated pair') connection.nominated = pair;
    },
    setState(state) {
      states.push(state);
    },
  };
  return connection;
}

/** Whether `promise` has settled after the microtasks now queued have run. */
async function settledYet(promise: Promise<void>): Promise<'resolved' | 'rejected' | 'pending'> {
  let state: 'resolved' | 'rejected' | 'pending' = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((done) => setImmediate(done));
  return state;
}

describe('the simulator\'s ICE is connected once a pair is nominated', () => {
  it('settles connect() at the nomination, before werift\'s scheduler finishes, and says connected', async () => {
    const connection = fakeConnection();
    connectOnNomination(connection);
    const connecting = connection.connect();
    connection.checkComplete('a pair that only succeeded');
    expect(await settledYet(connecting)).toBe('pending');
    connection.checkComplete('nominated pair');
    expect(await settledYet(connecting)).toBe('resolved');
    expect(connection.states).toEqual(['connected']);
    // werift's own connect finishing later changes nothing.
    connection.finishes[0]?.resolve();
    expect(await settledYet(connecting)).toBe('resolved');
    expect(connection.states).toEqual(['connected']);
  });

  it('still settles with werift\'s own connect when nothing is nominated first, and fails with it', async () => {
    const connection = fakeConnection();
    connectOnNomination(connection);
    const first = connection.connect();
    connection.finishes[0]?.resolve();
    expect(await settledYet(first)).toBe('resolved');
    const failing = connection.connect();
    connection.finishes[1]?.reject(new Error('ICE negotiation failed'));
    await expect(failing).rejects.toThrow('ICE negotiation failed');
    expect(connection.states).toEqual([]);
  });

  it('after an ICE restart, a nomination settles the new connect(), whatever the old one does', async () => {
    const connection = fakeConnection();
    connectOnNomination(connection);
    const before = connection.connect();
    connection.checkComplete('nominated pair');
    expect(await settledYet(before)).toBe('resolved');
    // A restart clears werift's nominated pair and connects again.
    connection.nominated = undefined;
    const after = connection.connect();
    connection.finishes[0]?.resolve();
    expect(await settledYet(after)).toBe('pending');
    connection.checkComplete('nominated pair');
    expect(await settledYet(after)).toBe('resolved');
    expect(connection.states).toEqual(['connected', 'connected']);
  });
});
