// The one bridge the renderer uses: Electron's preload API when present, otherwise the browser
// host's WebSocket at the same origin. Either way its commands never reject (settledBridge).
import type { ParleyApi } from '../../../electron/shared/bridge';
import { hostBridgePath } from '../../../electron/shared/transports';
import { settledBridge } from './settledBridge';
import { createWebSocketBridge } from './webSocketBridge';

/**
 * The browser host's per-launch secret. It is printed in the page address's fragment (never sent
 * to a server, never in a Referer) and kept for the tab, so a reload that loses the fragment still
 * has it. Without it the host refuses the bridge: another local program cannot drive the meeting.
 */
export function hostBridgeSecret(location: Pick<Location, 'hash'>, storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('bridge');
  if (fromFragment) {
    storage?.setItem(bridgeSecretKey, fromFragment);
    return fromFragment;
  }
  return storage?.getItem(bridgeSecretKey) ?? null;
}

const bridgeSecretKey = 'parley-bridge-secret';

export function hostBridgeUrl(location: Pick<Location, 'protocol' | 'host'>, secret: string | null): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = secret ? `?${new URLSearchParams({ secret }).toString()}` : '';
  return `${scheme}//${location.host}${hostBridgePath}${query}`;
}

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function createBridge(): ParleyApi {
  if (window.parley) return settledBridge(window.parley);
  const secret = hostBridgeSecret(window.location, tabStorage());
  return settledBridge(createWebSocketBridge(hostBridgeUrl(window.location, secret)));
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
