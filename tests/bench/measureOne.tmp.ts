import { resolve } from 'node:path';
import { startBrowserHost, withPageQuery } from '../host';
import { startSimulator } from '../sim';
import { launchChromium } from './browser';
import { measureIceRestartRecovery } from './iceRestartRecover';
import { summarize } from './percentiles';
const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };
const simulator = await startSimulator({ port: 0 });
const host = await startBrowserHost({ port: 0, rendererDir: process.env.PARLEY_RENDERER_DIR ?? '', logger: silentLogger });
const browser = await launchChromium();
const url = withPageQuery(host.pageUrl, `?${new URLSearchParams({ node: simulator.url, alias: 'meet.test', name: 'Bench Restart', join: '1' })}`);
try {
  const r = await measureIceRestartRecovery(browser, url, simulator.url, 'meet.test', 'Bench Restart', 5);
  console.log(JSON.stringify(r), JSON.stringify(summarize(r, 'ms')));
} finally { await browser.close(); await host.close(); await simulator.close(); }
void resolve;
