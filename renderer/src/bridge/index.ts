// The one bridge the renderer uses: Electron's preload API when present, otherwise the browser
// host's WebSocket at the same origin. Either way its commands never reject (settledBridge).
import type { ParleyApi } from '../../../electron/shared/bridge';
import { hostBridgePath } from '../../../electron/shared/transports';
import { settledBridge } from './settledBridge';
import { createWebSocketBridge } from './webSocketBridge';

export function hostBridgeUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${hostBridgePath}`;
}

export function createBridge(): ParleyApi {
  return settledBridge(window.parley ?? createWebSocketBridge(hostBridgeUrl(window.location)));
}

let active: ParleyApi | null = null;

/** The bridge the stores talk to; created on first use. */
export function useBridge(): ParleyApi {
  active ??= createBridge();
  return active;
}

/** Replaces the bridge (tests install a fake ParleyApi); it is settled like the real one. */
export function installBridge(api: ParleyApi): void {
  active = settledBridge(api);
}
