// Relay latency for the benchmark: how long after the core received an Infinity event the renderer
// had applied it to a store. Off unless the page URL has diagnostics=1.
const maxSamples = 10_000;

let samples: number[] | null = null;

export function enableRelayDiagnostics(search: string): void {
  if (new URLSearchParams(search).get('diagnostics') !== '1') return;
  samples = [];
  window.parleyDiagnostics = { relayLatencies: samples };
}

/** Call after the store mutation, with the event's receivedAt (epoch ms). */
export function recordRelayLatency(receivedAt: number): void {
  if (!samples) return;
  // Date.now(), as the core stamps receivedAt: both read the system clock at the instant.
  samples.push(Date.now() - receivedAt);
  // The benchmark holds a reference to this array, so trim it in place.
  if (samples.length > maxSamples) samples.splice(0, samples.length - maxSamples);
}
