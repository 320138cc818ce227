// The room policy following its calendar, with fake timers: join at the lead time, leave at the end
// or when left alone, the default meeting or idle between meetings, a failed refresh that keeps the
// last good copy, a feed change without restart, hot configuration changes, and the maintenance window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/infinity/logger';
import type { CalendarEvent } from '../../../../electron/kiosk/calendar/calendarEvent';
import type { CalendarFeedState } from '../../../../electron/kiosk/calendar/calendarFeed';
import { kioskConfigSchema, type KioskConfig } from '../../../../electron/kiosk/config/kioskConfigSchema';
import { KioskPolicy } from '../../../../electron/kiosk/kioskPolicy';
import { maintenanceWindowOpenedAt } from '../../../../electron/kiosk/maintenanceWindow';
import { FakePort } from './fakeMeetingPort';

const minute = 60_000;
/** Tuesday 10 March 2026, 09:00 UTC (the tests run in the machine's zone; only offsets matter here). */
const t0 = Date.UTC(2026, 2, 10, 9, 0, 0);
const at = (minutes: number) => t0 + minutes * minute;

const event = (key: string, startMin: number, endMin: number, alias: string | null = `meet.${key}`): CalendarEvent => ({
  key,
  title: `Title ${key}`,
  start: at(startMin),
  end: at(endMin),
  allDay: false,
  meeting: alias ? { node: null, alias } : null,
});

const feed = (events: CalendarEvent[], problem: string | null = null): CalendarFeedState => ({
  source: 'https://calendar.example.com/room.ics',
  events,
  lastRefresh: t0,
  lastAttempt: Date.now(),
  problem,
  truncated: false,
});

const config = (extra: Record<string, unknown> = {}): KioskConfig =>
  kioskConfigSchema.parse({
    node: 'https://node.example.com',
    alias: 'meet.default',
    displayName: 'Room 1',
    autoJoin: 'calendar',
    calendar: 'https://calendar.example.com/room.ics',
    ...extra,
  });

function room(extra: Record<string, unknown> = {}, port = new FakePort(), restart?: () => void) {
  const policy = new KioskPolicy({ port, logger: silentLogger, config: config(extra), ...(restart ? { restart } : {}) });
  policy.start();
  return { policy, port };
}

const aliasesJoined = (port: FakePort) => port.requests.map((request) => request.alias);

describe('kiosk calendar policy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(t0);
  });
  afterEach(() => vi.useRealTimers());

  it('shows Now and Next, joins the meeting at the lead time by itself, and leaves at its end', async () => {
    const { policy, port } = room();
    policy.setCalendar(feed([event('a', 10, 40), event('b', 60, 90, null)]));
    expect(policy.status().state).toBe('idle');
    expect(policy.status().calendar).toMatchObject({ now: null, next: { title: 'Title a', start: at(10), joinable: true } });

    await vi.advanceTimersByTimeAsync(8 * minute - 1000);
    expect(port.requests).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(aliasesJoined(port)).toEqual(['meet.a']);
    expect(port.requests[0]).toMatchObject({ node: 'https://node.example.com', displayName: 'Room 1' });
    expect(policy.status().state).toBe('in_meeting');

    await vi.advanceTimersByTimeAsync(2 * minute);
    expect(policy.status().calendar).toMatchObject({ now: { title: 'Title a' }, next: { title: 'Title b', joinable: false } });

    await vi.advanceTimersByTimeAsync(30 * minute);
    expect(port.leaves).toEqual(['The calendar meeting ended']);
    expect(policy.status().state).toBe('idle');
    // An event without a Pexip meeting is shown but never joined.
    await vi.advanceTimersByTimeAsync(40 * minute);
    expect(aliasesJoined(port)).toEqual(['meet.a']);
    await policy.stop('test');
  });

  it('joins at the start with joinBeforeMinutes 0', async () => {
    const { policy, port } = room({ joinBeforeMinutes: 0 });
    policy.setCalendar(feed([event('a', 10, 40)]));
    await vi.advanceTimersByTimeAsync(10 * minute - 1000);
    expect(port.requests).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(aliasesJoined(port)).toEqual(['meet.a']);
    await policy.stop('test');
  });

  it('stays in the default meeting between calendar meetings when configured so', async () => {
    const { policy, port } = room({ betweenMeetings: 'default' });
    policy.setCalendar(feed([event('a', 10, 40)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(aliasesJoined(port)).toEqual(['meet.default']);
    await vi.advanceTimersByTimeAsync(8 * minute);
    expect(aliasesJoined(port)).toEqual(['meet.default', 'meet.a']);
    expect(port.leaves).toEqual(['The calendar meeting is starting']);
    await vi.advanceTimersByTimeAsync(32 * minute);
    expect(aliasesJoined(port)).toEqual(['meet.default', 'meet.a', 'meet.default']);
    expect(policy.status().state).toBe('in_meeting');
    await policy.stop('test');
  });

  it('leaves when the last other participant has gone (leaveWhenAlone), and does not rejoin that meeting', async () => {
    const port = new FakePort();
    const { policy } = room({ leaveWhenAlone: true }, port);
    policy.setCalendar(feed([event('a', 0, 60)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(aliasesJoined(port)).toEqual(['meet.a']);
    // Alone before anyone came: the room waits for them.
    await vi.advanceTimersByTimeAsync(5 * minute);
    expect(port.leaves).toEqual([]);
    port.participantCount = 3;
    await vi.advanceTimersByTimeAsync(10_000);
    port.participantCount = 1;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(port.leaves).toEqual(['The calendar meeting ended']);
    expect(policy.status().state).toBe('idle');
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(aliasesJoined(port)).toEqual(['meet.a']);
    await policy.stop('test');
  });

  it('keeps the meeting going on a failed refresh, and says so', async () => {
    const { policy, port } = room();
    const events = [event('a', 0, 60)];
    policy.setCalendar(feed(events));
    await vi.advanceTimersByTimeAsync(0);
    expect(policy.status().state).toBe('in_meeting');
    policy.setCalendar(feed(events, 'the calendar server answered 500'));
    await vi.advanceTimersByTimeAsync(5 * minute);
    expect(port.leaves).toEqual([]);
    expect(policy.status().state).toBe('in_meeting');
    expect(policy.status().calendar?.problem).toBe('the calendar server answered 500');
    expect(policy.health().calendar).toMatchObject({ problem: 'the calendar server answered 500', lastRefresh: new Date(t0).toISOString() });
    await policy.stop('test');
  });

  it('joins a meeting a feed change added, without a restart', async () => {
    const { policy, port } = room();
    policy.setCalendar(feed([]));
    await vi.advanceTimersByTimeAsync(minute);
    expect(port.requests).toEqual([]);
    policy.setCalendar(feed([event('new', 2, 30)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(aliasesJoined(port)).toEqual(['meet.new']);
    await policy.stop('test');
  });

  it('does not rejoin a calendar meeting the room left by hand; Join joins it again', async () => {
    const { policy, port } = room();
    policy.setCalendar(feed([event('a', 0, 60)]));
    await vi.advanceTimersByTimeAsync(0);
    await policy.leave();
    await vi.advanceTimersByTimeAsync(5 * minute);
    expect(aliasesJoined(port)).toEqual(['meet.a']);
    policy.join();
    await vi.advanceTimersByTimeAsync(0);
    expect(aliasesJoined(port)).toEqual(['meet.a', 'meet.a']);
    await policy.stop('test');
  });

  it('hides titles for privacy when configured', () => {
    const { policy } = room({ hideTitles: true });
    policy.setCalendar(feed([event('a', 10, 40)]));
    expect(policy.status().calendar?.next).toMatchObject({ title: null, joinable: true });
    expect(policy.health().calendar?.next?.title).toBeNull();
    expect(policy.health().calendar?.source).toBe('https://calendar.example.com/…');
    void policy.stop('test');
  });

  it('joins the calendar meeting with a PIN and node of its own', async () => {
    const { policy, port } = room();
    policy.setCalendar(feed([{ ...event('a', 0, 30), meeting: { node: 'https://other.example.com', alias: 'meet.x', pin: '1234' } }]));
    await vi.advanceTimersByTimeAsync(0);
    expect(port.requests[0]).toEqual({ node: 'https://other.example.com', alias: 'meet.x', displayName: 'Room 1', pin: '1234' });
    await policy.stop('test');
  });
});

describe('kiosk configuration changes without a restart', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(t0);
  });
  afterEach(() => vi.useRealTimers());

  const plain = (extra: Record<string, unknown> = {}) => config({ autoJoin: true, calendar: undefined, ...extra });

  it('applies a change that keeps the meeting without rejoining, and rejoins when the meeting changed', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: plain() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    await policy.applyConfig(plain({ volume: 40 }));
    expect(port.requests).toHaveLength(1);
    expect(policy.status().room.volume).toBe(40);
    await policy.applyConfig(plain({ volume: 40, alias: 'meet.elsewhere' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(aliasesJoined(port)).toEqual(['meet.default', 'meet.elsewhere']);
    expect(port.leaves).toEqual(['Room reconfigured']);
    await policy.stop('test');
  });

  it('reports a change that cannot be used and keeps running', async () => {
    const port = new FakePort();
    const policy = new KioskPolicy({ port, logger: silentLogger, config: plain() });
    policy.start();
    await vi.advanceTimersByTimeAsync(0);
    policy.reportConfigProblems(['kiosk.json: "volume" must be from 0 to 100']);
    expect(policy.health().configProblems?.problems).toEqual(['kiosk.json: "volume" must be from 0 to 100']);
    expect(policy.status().state).toBe('in_meeting');
    expect(port.leaves).toEqual([]);
    await policy.stop('test');
  });
});

describe('kiosk maintenance window', () => {
  const window = { days: ['sat' as const], from: '23:00', to: '02:00' };
  const local = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

  it('is open on its day from "from", past midnight until "to"', () => {
    // 14 March 2026 is a Saturday.
    expect(maintenanceWindowOpenedAt(local(2026, 3, 14, 22, 59), window)).toBeNull();
    expect(maintenanceWindowOpenedAt(local(2026, 3, 14, 23, 0), window)?.getTime()).toBe(local(2026, 3, 14, 23).getTime());
    expect(maintenanceWindowOpenedAt(local(2026, 3, 15, 1, 59), window)?.getTime()).toBe(local(2026, 3, 14, 23).getTime());
    expect(maintenanceWindowOpenedAt(local(2026, 3, 15, 2, 0), window)).toBeNull();
    expect(maintenanceWindowOpenedAt(local(2026, 3, 13, 23, 30), window)).toBeNull();
  });

  it('restarts daily only inside the window and only when idle', async () => {
    vi.useFakeTimers();
    // Friday 13 March, 03:00 local: the daily restart time has passed, but the window is Saturday night.
    vi.setSystemTime(local(2026, 3, 13, 2, 0));
    const restart = vi.fn();
    const port = new FakePort();
    const policy = new KioskPolicy({
      port,
      logger: silentLogger,
      config: config({ autoJoin: true, calendar: undefined, dailyRestart: '03:00', maintenance: window }),
      restart,
    });
    policy.start();
    await vi.advanceTimersByTimeAsync(2 * 60 * minute);
    expect(restart).not.toHaveBeenCalled();
    // Saturday 23:00: the window opens, but the meeting has others in it.
    port.participantCount = 4;
    vi.setSystemTime(local(2026, 3, 14, 23, 0));
    await vi.advanceTimersByTimeAsync(30 * minute);
    expect(restart).not.toHaveBeenCalled();
    port.participantCount = 1;
    await vi.advanceTimersByTimeAsync(2 * minute);
    expect(restart).toHaveBeenCalledTimes(1);
    await policy.stop('test');
    vi.useRealTimers();
  });
});

describe('kiosk calendar taken out of the configuration', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(t0);
  });
  afterEach(() => vi.useRealTimers());

  it('leaves the calendar meeting it was in', async () => {
    const { policy, port } = room();
    policy.setCalendar(feed([event('a', 0, 60)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(policy.status().state).toBe('in_meeting');
    await policy.applyConfig(config({ autoJoin: false, calendar: undefined }));
    await vi.advanceTimersByTimeAsync(0);
    expect(port.leaves).toEqual(['The calendar meeting ended']);
    expect(policy.status().state).toBe('idle');
    expect(policy.status().calendar).toBeNull();
    await policy.stop('test');
  });
});
