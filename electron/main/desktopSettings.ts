// The desktop settings in main: the store under userData (PINs through safeStorage, the
// administrator's policy file), and the settings main itself applies: the proxy for both the
// Chromium session and undici, and the pexip: scheme registration.
import { app, session } from 'electron';
import { Agent, EnvHttpProxyAgent, ProxyAgent, setGlobalDispatcher } from 'undici';
import { openSettingsStore, policyFilePath, proxyPlan, type SettingsStore } from '../desktop';
import type { Logger } from '../service';
import type { DesktopSettings } from '../shared/settings';
import { safeStorageCodec } from './kiosk/safeStorageCodec';

export function openDesktopSettings(logger: Logger): SettingsStore {
  const store = openSettingsStore({
    dir: app.getPath('userData'),
    secrets: safeStorageCodec,
    logger,
    policyFile: policyFilePath(process.platform, process.env),
  });
  let applied: DesktopSettings | null = null;
  const apply = (settings: DesktopSettings): void => {
    if (!app.isReady()) return;
    if (JSON.stringify(applied?.proxy) !== JSON.stringify(settings.proxy)) applyProxy(settings.proxy, logger);
    if (applied?.pexipLinks !== settings.pexipLinks) {
      if (settings.pexipLinks) app.setAsDefaultProtocolClient('pexip');
      else if (applied) app.removeAsDefaultProtocolClient('pexip');
    }
    applied = settings;
  };
  store.onChange(apply);
  void app.whenReady().then(() => apply(store.current()));
  return store;
}

function applyProxy(proxy: DesktopSettings['proxy'], logger: Logger): void {
  const plan = proxyPlan(proxy);
  if (!plan.ok) {
    logger.warn('proxy setting not applied', { problem: plan.problem });
    return;
  }
  void session.defaultSession.setProxy(plan.session);
  // Main's requests to the node (undici's global dispatcher) go the same way as the renderer's.
  const undici = plan.undici;
  setGlobalDispatcher(undici.kind === 'proxy' ? new ProxyAgent(undici.url) : undici.kind === 'direct' ? new Agent() : new EnvHttpProxyAgent());
  logger.info('proxy applied', { mode: proxy.mode });
}
