// Renderer entry: stores, the bridge subscription, then resume a meeting main already has or
// follow the join link.
import './zodWithoutEval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, startLocale } from './i18n';
import { storedLanguageChoice } from './i18n/languagePreference';
import { useBridge } from './bridge';
import { enableRelayDiagnostics } from './features/session/relayLatency';
import { readJoinLink, withoutPin } from './features/join/joinLink';
import { subscribeToBridge } from './features/session/bridgeEvents';
import { useSessionStore } from './features/session/sessionStore';
import { setLinkLanguage } from './features/preferences/preferenceChoice';
import { browserThemeHost, startTheme } from './ui/theme/themePreference';
import './style.css';

// The theme first, so the first frame already has the person's colours.
startTheme(browserThemeHost(window));
enableRelayDiagnostics(window.location.search);
const link = readJoinLink(window.location.search);
const cleanUrl = withoutPin(window.location.href);
if (cleanUrl) window.history.replaceState(window.history.state, '', cleanUrl);

// A link's `lang` (a kiosk page, a test) or the person's stored choice, else the OS's languages;
// the desktop settings (and a kiosk's configuration) decide once read (features/preferences).
const linkLanguage = new URLSearchParams(window.location.search).get('lang');
setLinkLanguage(linkLanguage);
startLocale([linkLanguage, storedLanguageChoice(window)], navigator.languages);

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
const session = useSessionStore();
session.prefill(link);
subscribeToBridge(useBridge());
app.mount('#app');

async function resumeOrJoin(): Promise<void> {
  const restored = await session.restoreFromMain();
  if (!restored && link.autoJoin) await session.join();
}
void resumeOrJoin();
