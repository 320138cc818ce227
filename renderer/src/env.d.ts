// Globals the renderer may find on window.
import type { ParleyApi } from '../../electron/shared/bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser host. */
    parley?: ParleyApi;
    /** Present only with ?diagnostics=1, read by the benchmark. */
    parleyDiagnostics?: { relayLatencies: number[] };
  }
}

export {};
