// The desktop settings in main: the store under userData (PINs through safeStorage, the
// administrator's policy file), and the settings main itself applies: the proxy for both the
// Chromium session and main's undici requests to the node, and the pexip: scheme registration.
import { app, session } from 'electron';
import { openSettingsStore, policyFilePath, proxyPlan, type SettingsStore, type UndiciProxy } from '../desktop';
import type { Logger, ProxyRouter } from '../service';
import type { DesktopSettings } from '../shared/settings';
import { safeStorageCodec } from './kiosk/safeStorageCodec';
import { createSystemProxyRouter } from './systemProxyRoute';

export interface OpenedDesktopSettings {
  store: SettingsStore;
  /** The route of main's requests to a URL, following the proxy last applied to the session. */
  proxyRoute: ProxyRouter;
}

export function openDesktopSettings(logger: Logger): OpenedDesktopSettings {
  const store = openSettingsStore({
    dir: app.getPath('userData'),
    secrets: safeStorageCodec,
    logger,
    policyFile: policyFilePath(process.platform, process.env),
  });
  let applied: DesktopSettings | null = null;
  // Chromium's own default until a setting is applied; a setting that cannot apply keeps the last.
  let undici: UndiciProxy = { kind: 'system' };
  const systemRoute = createSystemProxyRouter(logger);
  const apply = (settings: DesktopSettings): void => {
    if (!app.isReady()) return;
    if (JSON.stringify(applied?.proxy) !== JSON.stringify(settings.proxy)) undici = applyProxy(settings.proxy, logger) ?? undici;
    if (applied?.pexipLinks !== settings.pexipLinks) {
      if (settings.pexipLinks) app.setAsDefaultProtocolClient('pexip');
      else if (applied) app.removeAsDefaultProtocolClient('pexip');
    }
    applied = settings;
  };
  store.onChange(apply);
  void app.whenReady().then(() => apply(store.current()));
  const proxyRoute: ProxyRouter = (url) => (undici.kind === 'system' ? systemRoute(url) : Promise.resolve(undici));
  return { store, proxyRoute };
}

/** Sets the session's proxy; returns the route main's requests take from now on (null: not applied). */
function applyProxy(proxy: DesktopSettings['proxy'], logger: Logger): UndiciProxy | null {
  const plan = proxyPlan(proxy);
  if (!plan.ok) {
    logger.warn('proxy setting not applied', { problem: plan.problem });
    return null;
  }
  void session.defaultSession.setProxy(plan.session);
  logger.info('proxy applied', { mode: proxy.mode });
  // Main's requests to the node (the meeting service's proxy router) go the same way as the renderer's.
  return plan.undici;
}
