// npm run bench: measures Parley end to end on the local simulator in Chromium, prints a table
// and writes bench-results.json (one key per metric: unit, n, p50, p95, p99).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startBrowserHost, withPageQuery } from '../host';
import { startSimulator } from '../sim';
import { startSimulatorProcess } from './simulatorProcess';
import { launchChromium } from './browser';
import { measureEventRelay } from './eventRelay';
import { measureJoinToFirstFrame } from './joinToFirstFrame';
import { measureBreakoutMove } from './breakoutMove';
import { measureKioskRecovery } from './kioskRecover';
import { measureIceRestartRecovery } from './iceRestartRecover';
import { measurePresentation } from './presentationShare';
import { formatTable, ratioOf, summarize, type MetricSummary } from './percentiles';
import { startSdkPageServer } from '../sdk/sdkPageServer';
import { measureRosterScale } from './rosterScale';
import { measureBackgroundEffect } from './backgroundEffect';

const projectRoot = resolve(import.meta.dirname, '../..');
const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

// A room of its own for the SDK's presentations, so Parley's presenter and viewer see none of them.
const sdkShareRoom = 'meet.sdkshare';
const benchRooms = [{ alias: sdkShareRoom, name: 'SDK Share Room', serviceType: 'conference' as const }];
// The node runs in a process of its own (PARLEY_BENCH_SIM=inprocess: in this one, as before).
const simulator =
  process.env.PARLEY_BENCH_SIM === 'inprocess' ? await startSimulator({ port: 0, rooms: benchRooms }) : await startSimulatorProcess(benchRooms);
const sdkPages = await startSdkPageServer(simulator.url);
const host = await startBrowserHost({ port: 0, rendererDir: process.env.PARLEY_RENDERER_DIR ?? resolve(projectRoot, 'out/renderer'), logger: silentLogger });
const browser = await launchChromium();
const pageUrl = (name: string, extra: Record<string, string> = {}): string =>
  withPageQuery(host.pageUrl, `?${new URLSearchParams({ node: simulator.url, alias: 'meet.alice', name, ...extra }).toString()}`);

// PARLEY_BENCH_ONLY=join,share measures only those groups (while working on one figure).
const only = process.env.PARLEY_BENCH_ONLY?.split(',').map((group) => group.trim());
const failedGroups: string[] = [];
/** Whether to measure `group`; a group that throws is reported and the others still run. */
const wanted = (group: string): boolean => !only || only.includes(group);
async function measure(group: string, run: () => Promise<void>): Promise<void> {
  if (!wanted(group)) return;
  try {
    await run();
  } catch (error) {
    failedGroups.push(group);
    console.warn(`bench group ${group} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Joins of each client (PARLEY_BENCH_JOINS sets another count). 30, not 10: the p50 of 10 moved
// the ratio 0.77–0.89 between identical runs; 30 cost ~45 s.
const joinCount = Math.max(2, Number.parseInt(process.env.PARLEY_BENCH_JOINS ?? '', 10) || 30);

const results: Record<string, MetricSummary> = {};
try {
  // Someone already in the meeting, sending video.
  const sender = await (await browser.newContext()).newPage();
  await sender.goto(pageUrl('Bench Sender', { join: '1' }));
  await sender.getByRole('button', { name: 'Leave' }).waitFor();

  await measure('join', async () => {
    // Parley and Pexip's SDK join in turn, timed the same way, so the ratio sees one machine load.
    const joins = await measureJoinToFirstFrame(browser, pageUrl('Bench Joiner'), sdkPages.url, { alias: 'meet.alice', displayName: 'Bench SDK Joiner' }, joinCount);
    results.join_to_first_frame_ms = summarize(joins.parley, 'ms');
    results.join_to_first_frame_ms_pexip_sdk = summarize(joins.pexipSdk, 'ms');
    results.join_vs_pexip_sdk_ratio = ratioOf(results.join_to_first_frame_ms, results.join_to_first_frame_ms_pexip_sdk);
  });

  await measure('relay', async () => {
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
  });

  await measure('share', async () => {
    // Presenting in a room of its own, so the join measurements above see no presentation; the
    // SDK's shares (in turn with Parley's) in another.
    const presentation = await measurePresentation(
      browser,
      pageUrl('Bench Presenter', { alias: 'meet.nochat', join: '1' }),
      pageUrl('Bench Viewer', { alias: 'meet.nochat', join: '1' }),
      10,
      10,
      { pageUrl: sdkPages.url, alias: sdkShareRoom },
    );
    results.share_to_first_frame_ms = summarize(presentation.shareToFirstFrameMs, 'ms');
    results.share_to_first_frame_ms_pexip_sdk = summarize(presentation.sdkShareToFirstFrameMs, 'ms');
    results.share_vs_pexip_sdk_ratio = ratioOf(results.share_to_first_frame_ms, results.share_to_first_frame_ms_pexip_sdk);
    results.presentation_width = summarize(presentation.widths, 'px');
    results.presentation_fps = summarize(presentation.fps, 'fps');
  });

  await measure('kiosk', async () => {
    // A kiosk room of its own (meet.test loops its media back), disconnected by the simulator.
    results.kiosk_recover_ms = summarize(
      await measureKioskRecovery(browser, process.env.PARLEY_RENDERER_DIR ?? resolve(projectRoot, 'out/renderer'), simulator.url, 10, silentLogger),
      'ms',
    );
  });

  await measure('ice', async () => {
    // A network change under a call (meet.test loops the media back): recovered by ICE restart.
    results.ice_restart_recover_ms = summarize(
      await measureIceRestartRecovery(browser, pageUrl('Bench Restart', { alias: 'meet.test', join: '1' }), simulator.url, 'meet.test', 'Bench Restart', 5),
      'ms',
    );
  });

  await measure('breakout', async () => {
    // Breakout moves in a room of their own (meet.pin: Host PIN 1234, Guest PIN 5678).
    results.breakout_move_ms = summarize(
      await measureBreakoutMove(
        browser,
        pageUrl('Bench Breakout Host', { alias: 'meet.pin', pin: '1234', join: '1' }),
        pageUrl('Bench Breakout Guest', { alias: 'meet.pin', pin: '5678', join: '1' }),
        'Bench Breakout Guest',
        10,
      ),
      'ms',
    );
  });

  await measure('roster', async () => {
    // Conference-scale rosters in rooms of their own (simulated API-only participants).
    const roster = await measureRosterScale(
      browser,
      (alias, pin) => pageUrl('Bench Roster', { alias, pin, join: '1', diagnostics: '1' }),
      simulator.url,
      { small: { alias: 'meet.guest', pin: '1234' }, large: { alias: 'meet.auditorium', pin: '1234' } },
    );
    results.roster_sync_2000_ms = summarize(roster.sync2000, 'ms');
    results.roster_sync_5000_ms = summarize(roster.sync5000, 'ms');
    results.roster_heap_5000_mb = summarize(roster.heap5000, 'MB');
    results.roster_longest_task_ms = summarize(roster.longestTask, 'ms');
  });

  await measure('effect', async () => {
    // Background blur in a room of its own, with a 1280x720 fake camera of a drawn person.
    const effect = await measureBackgroundEffect((name) => pageUrl(name, { alias: 'meet.nocaptions', join: '1' }), 4);
    results.effect_fps = summarize(effect.effectFps, 'fps');
    results.effect_cpu_ms_per_frame = summarize(effect.effectCpuMsPerFrame, 'ms');
    results.call_cpu_ms_per_s = summarize(effect.callCpuMsPerS, 'ms');
    results.call_cpu_ms_per_s_blur = summarize(effect.callCpuMsPerSBlur, 'ms');
    results.effect_width = summarize([effect.effectWidth], 'px');
  });
} finally {
  await browser.close();
  await host.close();
  await sdkPages.close();
  await simulator.close();
}

console.log(formatTable(results));
if (failedGroups.length > 0) console.log(`Not measured (failed): ${failedGroups.join(', ')}`);
await writeFile(resolve(projectRoot, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench-results.json');
