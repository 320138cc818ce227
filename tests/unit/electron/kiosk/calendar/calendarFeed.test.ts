// The feed on a loopback server and from a file: conditional requests (ETag and Last-Modified),
// the last good copy kept when the server fails or sends something that is not a calendar, and
// the size cap.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarFeed, calendarFeedLimits, type CalendarFeedState } from '../../../../../electron/kiosk/calendar/calendarFeed';
import { calendar, planning } from './calendarFixtures';

const soon = (title: string, uid: string) => {
  const start = new Date(Date.now() + 60 * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp(new Date())}`, `DTSTART:${stamp(start)}`, `DTEND:${stamp(end)}`, `SUMMARY:${title}`, 'LOCATION:meet.alice', 'END:VEVENT'];
};

interface Served {
  status: number;
  body: string;
}

let server: Server | null = null;
let folder: string | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = null;
});

async function serve(next: () => Served, seen: IncomingHttpHeaders[]): Promise<string> {
  server = createServer((request, response) => {
    seen.push(request.headers);
    const served = next();
    if (served.status === 200 && request.headers['if-none-match'] === '"v1"') {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(served.status, { 'Content-Type': 'text/calendar', ETag: '"v1"', 'Last-Modified': 'Tue, 10 Mar 2026 08:00:00 GMT' });
    response.end(served.body);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/room.ics`;
}

function feedOf(source: string): { feed: CalendarFeed; states: CalendarFeedState[] } {
  const states: CalendarFeedState[] = [];
  const feed = new CalendarFeed({ source, refreshMs: 3_600_000, onChange: (state) => states.push(state) });
  return { feed, states };
}

describe('calendar feed', () => {
  it('fetches, then asks with If-None-Match and If-Modified-Since and keeps the copy on 304', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const url = await serve(() => ({ status: 200, body: calendar(soon('Stand-up', 'a')) }), seen);
    const { feed } = feedOf(url);
    await feed.refresh();
    expect(feed.current.events.map((event) => event.title)).toEqual(['Stand-up']);
    await feed.refresh();
    feed.stop();
    expect(seen[0]?.['if-none-match']).toBeUndefined();
    expect(seen[1]?.['if-none-match']).toBe('"v1"');
    expect(seen[1]?.['if-modified-since']).toBe('Tue, 10 Mar 2026 08:00:00 GMT');
    expect(feed.current.events.map((event) => event.title)).toEqual(['Stand-up']);
    expect(feed.current.problem).toBeNull();
  });

  it('keeps the last good copy when the server fails or sends something else, and says why', async () => {
    const answers: Served[] = [
      { status: 200, body: calendar(soon('Stand-up', 'a')) },
      { status: 503, body: 'down' },
      { status: 201, body: '<html>Please sign in</html>' },
    ];
    const url = await serve(() => answers.shift() ?? { status: 500, body: '' }, []);
    const { feed } = feedOf(url);
    await feed.refresh();
    const good = feed.current.lastRefresh;
    await feed.refresh();
    expect(feed.current.problem).toBe('the calendar server answered 503');
    expect(feed.current.events.map((event) => event.title)).toEqual(['Stand-up']);
    await feed.refresh();
    feed.stop();
    expect(feed.current.problem).toMatch(/not valid iCalendar/);
    expect(feed.current.events.map((event) => event.title)).toEqual(['Stand-up']);
    expect(feed.current.lastRefresh).toBe(good);
  });

  it('refuses a feed larger than the cap', async () => {
    const huge = 'X'.repeat(calendarFeedLimits.maxBytes + 10);
    const url = await serve(() => ({ status: 200, body: huge }), []);
    const { feed } = feedOf(url);
    await feed.refresh();
    feed.stop();
    expect(feed.current.problem).toMatch(/larger than/);
    expect(feed.current.events).toEqual([]);
  });

  it('says when the server cannot be reached', async () => {
    const { feed } = feedOf('http://127.0.0.1:9/room.ics');
    await feed.refresh();
    feed.stop();
    expect(feed.current.problem).toMatch(/cannot be reached/);
  });

  it('reads a file, and a change to it', async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-feed-'));
    const file = join(folder, 'room.ics');
    await writeFile(file, calendar(soon('First', 'a')));
    const { feed, states } = feedOf(file);
    await feed.refresh();
    expect(feed.current.events.map((event) => event.title)).toEqual(['First']);
    await writeFile(file, calendar(soon('First', 'a'), soon('Second', 'b'), planning));
    // A different modification time, whatever the file system's resolution.
    const { utimes } = await import('node:fs/promises');
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    await feed.refresh();
    feed.stop();
    expect(feed.current.events.map((event) => event.title)).toEqual(['First', 'Second']);
    expect(states.length).toBe(2);
    const missing = feedOf(join(folder, 'none.ics'));
    await missing.feed.refresh();
    missing.feed.stop();
    expect(missing.feed.current.problem).toBe('the calendar file does not exist');
  });
});
