// When the simulator's ICE counts as connected. werift nominates a pair the moment its check
// succeeds with the client's USE-CANDIDATE, but reports "connected" (and so starts DTLS) only when
// its check scheduler next wakes, every 20 ms, and finds nothing left to check; a trickled
// candidate arriving after the nomination adds a check and another 20 ms. Measured on the bench's
// join: werift said "connected" 3–33 ms after its nomination, and the client's ClientHello waited
// for it at the simulator (median ~30 ms for Parley, ~13 ms for Pexip's SDK, 15 joins each).
// RFC 8445 §8.1.2 ends ICE processing for a component once a pair is nominated, and a
// Conferencing Node's DTLS answers then; so the simulator's connect() settles at nomination and
// werift's scheduler finishes behind it.

/** The parts of werift's ICE Connection this needs (private in its typings, hence structural). */
export interface NominatingConnection {
  nominated?: unknown;
  connect(): Promise<void>;
  checkComplete(pair: unknown): void;
  setState(state: 'connected'): void;
}

/**
 * Makes `connection.connect()` resolve as soon as a pair is nominated (its state "connected" then),
 * or when werift's own connect settles, whichever is first. Install before the first connect().
 */
export function connectOnNomination(connection: NominatingConnection): void {
  const checkComplete = connection.checkComplete.bind(connection);
  const connect = connection.connect.bind(connection);
  // The connect() in progress (an ICE restart starts another); undefined once it has settled.
  let waiting: (() => void) | undefined;
  connection.checkComplete = (pair) => {
    checkComplete(pair);
    if (connection.nominated !== undefined) waiting?.();
  };
  connection.connect = () =>
    new Promise<void>((resolve, reject) => {
      const onNomination = (): void => {
        waiting = undefined;
        connection.setState('connected');
        resolve();
      };
      waiting = onNomination;
      // Settling twice is a no-op: whichever of the nomination and werift's connect comes first wins.
      connect()
        .then(resolve, reject)
        .finally(() => {
          if (waiting === onNomination) waiting = undefined;
        });
    });
}
