// Roster at conference scale, in Chromium against the simulator:
// - roster_sync_<n>_ms: participant_sync_begin arriving at the core to a rendered, scrollable
//   roster of n + 1 people. The sync is forced by dropping the page's event stream; the core
//   reconnects and the node resyncs.
// - roster_heap_5000_mb: the renderer's JS heap after garbage collection with 5,000 in the roster.
// - roster_longest_task_ms: the longest main-thread task while 500 participant_update events
//   arrive: the larger of the longest 'longtask' entry and the longest gap in a MessageChannel
//   ping loop (which also sees tasks under 50 ms).
import type { Browser, Page } from '@playwright/test';

/** What renderer/src/features/roster/rosterTiming.ts keeps on the page (diagnostics=1). */
interface RosterTimingWindow {
  parleyRosterTiming?: { rosterPainted: { count: number; syncStartedAt: number | null; at: number }[] };
}

interface Room {
  alias: string;
  pin: string;
}

interface PageState {
  __longTasks?: number[];
  __maxGap?: number;
  __probing?: boolean;
}

const syncRepeats = 5;

async function post(simUrl: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${simUrl}/_sim/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

type Timing = NonNullable<RosterTimingWindow['parleyRosterTiming']>;

async function timingOf(page: Page): Promise<Timing> {
  return page.evaluate(() => (globalThis as unknown as RosterTimingWindow).parleyRosterTiming ?? { rosterPainted: [] });
}

/** Whether the roster list is taller than its view (it scrolls) and shows rows. */
async function scrollable(page: Page): Promise<boolean> {
  return page.getByRole('list', { name: 'Participant list' }).evaluate((element) => {
    const list = element as unknown as { scrollHeight: number; clientHeight: number; querySelectorAll(selector: string): { length: number } };
    return list.scrollHeight > list.clientHeight && list.querySelectorAll('[role="listitem"]').length > 0;
  });
}

async function joinRoom(browser: Browser, pageUrl: (alias: string, pin: string) => string, room: Room, total: number): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(pageUrl(room.alias, room.pin));
  await page.getByRole('button', { name: 'Leave' }).waitFor();
  await page.getByRole('heading', { name: `Participants (${total})` }).waitFor({ timeout: 60_000 });
  return page;
}

/** Forces resyncs and times each from participant_sync_begin to the replaced roster being painted. */
async function measureSyncs(page: Page, simUrl: string, room: Room, total: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < syncRepeats; i += 1) {
    const before = await timingOf(page);
    await post(simUrl, 'drop_events', { alias: room.alias });
    let sample: number | null = null;
    const deadline = Date.now() + 60_000;
    while (sample === null && Date.now() < deadline) {
      await page.waitForTimeout(50);
      const now = await timingOf(page);
      const painted = now.rosterPainted.slice(before.rosterPainted.length).find((entry) => entry.count === total && entry.syncStartedAt !== null);
      if (painted?.syncStartedAt) sample = painted.at - painted.syncStartedAt;
    }
    if (sample === null) throw new Error(`the roster of ${total} was not resynced`);
    if (!(await scrollable(page))) throw new Error('the roster is not scrollable after the sync');
    samples.push(sample);
  }
  return samples;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / (1024 * 1024);
}

/** A participant_update raising the hand of a crowd member (moves them: the costly kind). */
function raisedHand(uuid: string, displayName: string, buzzTime: number): Record<string, unknown> {
  return {
    buzz_time: buzzTime,
    call_direction: 'in',
    call_tag: '',
    disconnect_supported: 'YES',
    display_name: displayName,
    has_media: false,
    is_audio_only_call: 'NO',
    'is_client-muted': false,
    is_muted: 'NO',
    is_presenting: 'NO',
    is_streaming_conference: false,
    is_video_call: 'NO',
    'is_video-muted': false,
    mute_supported: 'YES',
    overlay_text: displayName,
    presentation_supported: 'YES',
    protocol: 'api',
    role: 'guest',
    rx_presentation_policy: 'ALLOW',
    service_type: 'conference',
    show_live_captions: false,
    spotlight: 0,
    start_time: 1_700_000_000,
    transfer_supported: 'YES',
    uuid,
  };
}

async function longestTaskDuringUpdates(page: Page, simUrl: string, alias: string, crowd: { uuid: string; name: string }[]): Promise<number> {
  // Two views of the main thread while the updates arrive: 'longtask' entries (tasks over 50 ms
  // only), and a MessageChannel ping loop whose longest gap between pings bounds the longest task
  // from above at any size. No named functions here: tsx's keepNames helper is absent in the page.
  await page.evaluate(() => {
    const state = globalThis as unknown as PageState & {
      PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => { observe(options: { type: string }): void };
      MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(value: null): void } };
    };
    state.__longTasks = [];
    new state.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.__longTasks?.push(entry.duration);
    }).observe({ type: 'longtask' });
    const channel = new state.MessageChannel();
    let last = performance.now();
    state.__maxGap = 0;
    state.__probing = true;
    channel.port1.onmessage = () => {
      const now = performance.now();
      state.__maxGap = Math.max(state.__maxGap ?? 0, now - last);
      last = now;
      if (state.__probing) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
  });
  const updates = crowd.slice(0, 500);
  const base = Math.floor(Date.now() / 1000);
  // Sent as fast as the loopback takes them, in parallel batches.
  for (let i = 0; i < updates.length; i += 50) {
    await Promise.all(
      updates.slice(i, i + 50).map((member, offset) =>
        post(simUrl, 'emit', { alias, event: 'participant_update', data: JSON.stringify(raisedHand(member.uuid, member.name, base + i + offset)) }),
      ),
    );
  }
  await page.getByRole('heading', { name: `Raised hands (${updates.length})` }).waitFor({ timeout: 60_000 });
  // Let the observer deliver the last entries.
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const state = globalThis as unknown as PageState;
    state.__probing = false;
    return Math.max(state.__maxGap ?? 0, ...(state.__longTasks ?? []));
  });
}

export interface RosterScaleResults {
  sync2000: number[];
  sync5000: number[];
  heap5000: number[];
  longestTask: number[];
}

export async function measureRosterScale(
  browser: Browser,
  pageUrl: (alias: string, pin: string) => string,
  simUrl: string,
  rooms: { small: Room; large: Room },
): Promise<RosterScaleResults> {
  await post(simUrl, 'add_participants', { alias: rooms.small.alias, count: 2000, namePrefix: 'Bench crowd' });
  const small = await joinRoom(browser, pageUrl, rooms.small, 2001);
  const sync2000 = await measureSyncs(small, simUrl, rooms.small, 2001);
  await small.getByRole('button', { name: 'Leave' }).click();
  await small.context().close();

  const added = (await post(simUrl, 'add_participants', { alias: rooms.large.alias, count: 5000, namePrefix: 'Bench crowd' })) as {
    result: { uuids: string[] };
  };
  const large = await joinRoom(browser, pageUrl, rooms.large, 5001);
  const sync5000 = await measureSyncs(large, simUrl, rooms.large, 5001);
  const heap5000 = [await heapMb(large)];
  const crowd = added.result.uuids.map((uuid, index) => ({ uuid, name: `Bench crowd ${String(index + 1).padStart(4, '0')}` }));
  const longestTask = [await longestTaskDuringUpdates(large, simUrl, rooms.large.alias, crowd)];
  await large.getByRole('button', { name: 'Leave' }).click();
  await large.context().close();
  return { sync2000, sync5000, heap5000, longestTask };
}
