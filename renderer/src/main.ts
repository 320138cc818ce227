// Renderer entry: stores, the bridge subscription, then resume a meeting main already has or
// follow the join link.
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { useBridge } from './bridge';
import { enableRelayDiagnostics } from './features/session/relayLatency';
import { readJoinLink, withoutPin } from './features/join/joinLink';
import { subscribeToBridge } from './features/session/bridgeEvents';
import { useSessionStore } from './features/session/sessionStore';
import './style.css';

enableRelayDiagnostics(window.location.search);
const link = readJoinLink(window.location.search);
const cleanUrl = withoutPin(window.location.href);
if (cleanUrl) window.history.replaceState(window.history.state, '', cleanUrl);

const app = createApp(App);
app.use(createPinia());
const session = useSessionStore();
session.prefill(link);
subscribeToBridge(useBridge());
app.mount('#app');

async function resumeOrJoin(): Promise<void> {
  const restored = await session.restoreFromMain();
  if (!restored && link.autoJoin) await session.join();
}
void resumeOrJoin();
