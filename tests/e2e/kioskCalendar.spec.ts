// The kiosk room following its calendar, through the browser host on the simulator: an .ics on
// loopback with a meeting starting in one minute on meet.alice; the room shows it as Next, joins it
// by itself at the lead time and shows Now; a feed change appears without a restart; a broken feed
// keeps the last schedule; /metrics parses as Prometheus text and matches the health document.
import type { Browser, Page } from '@playwright/test';
import { parsePrometheusText } from '../support/prometheusText';
import { startCalendarFeedServer, type CalendarFeedServer, type FeedEvent } from './kioskCalendarFeed';
import { expect, expectMeetingVideoFlowing, openParley, test } from './fixtures';
import { kioskHealth, startKioskHostProcess, type KioskHostProcess } from './kioskProcesses';

const room = 'Room Calendar';
const minute = 60_000;

const meeting = (uid: string, title: string, startIn: number, minutes: number, location = 'meet.alice'): FeedEvent => {
  // Whole seconds: iCalendar has no fractions.
  const start = new Date(Math.floor((Date.now() + startIn) / 1000) * 1000);
  return { uid, title, start, end: new Date(start.getTime() + minutes * minute), location };
};

async function openRoom(browser: Browser, kiosk: KioskHostProcess): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(kiosk.url);
  return page;
}

test.describe('kiosk calendar', () => {
  let feed: CalendarFeedServer;
  let kiosk: KioskHostProcess | null = null;

  test.beforeEach(async () => {
    feed = await startCalendarFeedServer();
  });
  test.afterEach(async () => {
    await kiosk?.stop();
    kiosk = null;
    await feed.close();
  });

  const start = async (node: string, extra: Record<string, unknown> = {}) => {
    kiosk = await startKioskHostProcess(
      { node, displayName: room, autoJoin: 'calendar', calendar: feed.url, joinBeforeMinutes: 0, ...extra },
      { calendarRefreshMs: 1000 },
    );
    return kiosk;
  };

  test('shows the meeting as Next, joins it by itself at its start and shows Now', async ({ browser, sim, hostUrl }) => {
    test.setTimeout(180_000);
    const standUp = meeting('standup', 'Daily stand-up', minute, 15);
    feed.serve([standUp]);
    const room = await start(sim.url);
    const page = await openRoom(browser, room);

    await expect(page.getByRole('region', { name: 'Next' })).toContainText('Daily stand-up');
    await expect(page.getByRole('region', { name: 'Now' })).toContainText('Free');
    await expect(page.getByRole('button', { name: 'Join' })).toHaveCount(0);
    const before = await kioskHealth(room.healthUrl);
    expect(before.state).toBe('idle');
    expect(before.calendar?.next?.title).toBe('Daily stand-up');

    // Joins by itself (lead time 0: at the start), not before.
    await expect.poll(async () => (await kioskHealth(room.healthUrl)).state, { timeout: 120_000, intervals: [500] }).toBe('in_meeting');
    expect(Date.now()).toBeGreaterThanOrEqual(standUp.start.getTime());
    const health = await kioskHealth(room.healthUrl);
    expect(health.meeting?.alias).toBe('meet.alice');
    const state = await sim.state();
    expect(state.rooms.find((entry) => entry.alias === 'meet.alice')?.participants.map((p) => p.display_name)).toContain('Room Calendar');
    // A person joins from their desk: the room sees them.
    const person = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Example' });
    await expectMeetingVideoFlowing(page);
    await person.context().close();
    await expect(page.getByRole('region', { name: 'Now' })).toContainText('Daily stand-up');
    // The feed is asked again with its ETag and answered 304 while unchanged.
    expect(feed.notModified).toBeGreaterThan(0);
    await page.context().close();
  });

  test('a feed change appears without a restart, and a broken feed keeps the last schedule', async ({ browser, sim }) => {
    feed.serve([meeting('review', 'Budget review', 3 * 60 * minute, 60)]);
    const room = await start(sim.url);
    const page = await openRoom(browser, room);
    const next = page.getByRole('region', { name: 'Next' });
    await expect(next).toContainText('Budget review');

    feed.serve([meeting('review', 'Budget review', 3 * 60 * minute, 60), meeting('sync', 'Design sync', 60 * minute, 30)]);
    await expect(next).toContainText('Design sync');

    feed.fail('status');
    await expect(page.getByRole('note')).toContainText('Calendar not updated');
    await expect(page.getByRole('note')).toContainText('503');
    await expect(next).toContainText('Design sync');
    const broken = await kioskHealth(room.healthUrl);
    expect(broken.calendar?.problem).toContain('503');
    expect(broken.calendar?.next?.title).toBe('Design sync');
    expect(broken.calendar?.lastRefresh).not.toBeNull();

    feed.fail('garbage');
    await expect(page.getByRole('note')).toContainText('not valid iCalendar');
    await expect(next).toContainText('Design sync');

    // Back to a good feed: the small print goes.
    feed.serve([meeting('sync', 'Design sync', 60 * minute, 30)]);
    await expect(page.getByRole('note')).toHaveCount(0);
    await page.context().close();
  });

  test('/metrics parses as Prometheus text and its state matches the health document', async ({ browser, sim }) => {
    // The test call sends the room video of its own.
    feed.serve([meeting('now', 'All hands', -minute, 30, 'meet.test')]);
    const room = await start(sim.url);
    const page = await openRoom(browser, room);
    await expect.poll(async () => (await kioskHealth(room.healthUrl)).state).toBe('in_meeting');
    await expectMeetingVideoFlowing(page);

    const sample = async () => parsePrometheusText(await (await fetch(room.metricsUrl)).text());
    const value = (samples: Awaited<ReturnType<typeof sample>>, name: string, labels: Record<string, string> = {}) =>
      samples.find((entry) => entry.name === name && Object.entries(labels).every(([key, v]) => entry.labels[key] === v))?.value;
    const response = await fetch(room.metricsUrl);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const samples = await sample();
    const health = await kioskHealth(room.healthUrl);
    const current = samples.filter((entry) => entry.name === 'parley_kiosk_state' && entry.value === 1).map((entry) => entry.labels.state);
    expect(current).toEqual([health.state]);
    expect(value(samples, 'parley_kiosk_reconnects_total')).toBe(health.reconnectCount);
    expect(value(samples, 'parley_kiosk_calendar_feed_problem')).toBe(0);
    // The room display reports its call's figures every few seconds: real bytes from getStats().
    await expect.poll(async () => value(await sample(), 'parley_kiosk_media_bitrate_bits_per_second', { direction: 'in' }) ?? 0).toBeGreaterThan(0);
    expect(value(await sample(), 'parley_kiosk_in_meeting_seconds_total') ?? 0).toBeGreaterThan(0);
    await page.context().close();
  });
});
