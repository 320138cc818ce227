// The start of most renderer tests: empty stores (a new active Pinia) and a fake bridge that the
// stores send their commands to; with deliverEvents, the fake's events also reach the stores.
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { installBridge } from '../../../renderer/src/bridge';
import { subscribeToBridge } from '../../../renderer/src/features/session/bridgeEvents';
import { createFakeBridge, type FakeBridge } from './fakeBridge';

export function freshStoresWithFakeBridge(options: { deliverEvents?: boolean } = {}): { pinia: Pinia; bridge: FakeBridge } {
  const pinia = createPinia();
  setActivePinia(pinia);
  const bridge = createFakeBridge();
  installBridge(bridge.api);
  if (options.deliverEvents) subscribeToBridge(bridge.api);
  return { pinia, bridge };
}
