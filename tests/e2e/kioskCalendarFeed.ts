// A tiny iCalendar server on loopback for the kiosk calendar tests: serves whatever feed the test
// sets, with an ETag and 304 for an unchanged feed, or fails on purpose (an error status, or a body
// that is not a calendar).
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedEvent {
  uid: string;
  title: string;
  start: Date;
  end: Date;
  location: string;
}

export interface CalendarFeedServer {
  url: string;
  /** Requests so far, and how many were answered 304. */
  requests: number;
  notModified: number;
  serve(events: FeedEvent[]): void;
  fail(how: 'status' | 'garbage'): void;
  close(): Promise<void>;
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

function icsOf(events: FeedEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Parley e2e//EN'];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp(new Date())}`, `DTSTART:${stamp(event.start)}`, `DTEND:${stamp(event.end)}`);
    lines.push(`SUMMARY:${event.title}`, `LOCATION:${event.location}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

export async function startCalendarFeedServer(): Promise<CalendarFeedServer> {
  let body = icsOf([]);
  let failure: 'status' | 'garbage' | null = null;
  const server: Server = createServer((request, response) => {
    feed.requests += 1;
    if (failure === 'status') {
      response.writeHead(503).end('down for maintenance');
      return;
    }
    if (failure === 'garbage') {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Please sign in</html>');
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      feed.notModified += 1;
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const feed: CalendarFeedServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/room.ics`,
    requests: 0,
    notModified: 0,
    serve(events) {
      failure = null;
      body = icsOf(events);
    },
    fail(how) {
      failure = how;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return feed;
}
