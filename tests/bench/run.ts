// npm run bench: measures Parley end to end on the local simulator in Chromium, prints a table
// and writes bench-results.json (one key per metric: unit, n, p50, p95, p99).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startBrowserHost } from '../host';
import { startSimulator } from '../sim';
import { launchChromium } from './browser';
import { measureEventRelay } from './eventRelay';
import { measureJoinToFirstFrame } from './joinToFirstFrame';
import { formatTable, summarize, type MetricSummary } from './percentiles';

const projectRoot = resolve(import.meta.dirname, '../..');
const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

const simulator = await startSimulator({ port: 0 });
const host = await startBrowserHost({ port: 0, rendererDir: resolve(projectRoot, 'out/renderer'), logger: silentLogger });
const browser = await launchChromium();
const pageUrl = (name: string, extra: Record<string, string> = {}): string =>
  `${host.url}/?${new URLSearchParams({ node: simulator.url, alias: 'meet.alice', name, ...extra }).toString()}`;

const results: Record<string, MetricSummary> = {};
try {
  // Someone already in the meeting, sending video.
  const sender = await (await browser.newContext()).newPage();
  await sender.goto(pageUrl('Bench Sender', { join: '1' }));
  await sender.getByRole('button', { name: 'Leave' }).waitFor();

  results.join_to_first_frame_ms = summarize(await measureJoinToFirstFrame(browser, pageUrl('Bench Joiner'), 10), 'ms');

  const { result: state } = (await (await fetch(`${simulator.url}/_sim/state`)).json()) as {
    result: { rooms: { alias: string; participants: { uuid: string; display_name: string }[] }[] };
  };
  const senderEntry = state.rooms.find((room) => room.alias === 'meet.alice')?.participants.find((p) => p.display_name === 'Bench Sender');
  if (!senderEntry) throw new Error('the sender is not in meet.alice');
  results.event_relay_ms = summarize(
    await measureEventRelay(browser, pageUrl('Bench Observer', { join: '1', diagnostics: '1' }), simulator.url, 'meet.alice', {
      uuid: senderEntry.uuid,
      displayName: senderEntry.display_name,
    }),
    'ms',
  );
} finally {
  await browser.close();
  await host.close();
  await simulator.close();
}

console.log(formatTable(results));
await writeFile(resolve(projectRoot, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench-results.json');
