// The one set of webPreferences every Parley window uses: sandboxed, isolated, no Node.
import type { WebPreferences } from 'electron';

export function secureWebPreferences(extra: Pick<WebPreferences, 'preload' | 'devTools'> = {}): WebPreferences {
  return {
    ...extra,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  };
}
