// The room's calendar feed: an https URL fetched every few minutes with conditional requests
// (If-None-Match / If-Modified-Since), or a file read as often. A feed that cannot be fetched or
// parsed keeps the last good copy and says why; the feed is untrusted (size cap, timeout).
import { readFile, stat } from 'node:fs/promises';
import type { CalendarEvent } from './calendarEvent';
import { parseCalendar } from './parseCalendar';

export interface CalendarFeedState {
  /** The configured URL or file. */
  source: string;
  events: CalendarEvent[];
  /** Epoch ms of the last fetch that gave a usable calendar (a 304 counts), or null. */
  lastRefresh: number | null;
  /** Epoch ms of the last attempt, good or bad. */
  lastAttempt: number | null;
  /** Why the last attempt failed (the last good copy is still used), or null. */
  problem: string | null;
  /** True when the feed had more than the room reads (events or recurrences were cut). */
  truncated: boolean;
}

export interface CalendarFeedOptions {
  source: string;
  refreshMs: number;
  now?: () => number;
  fetch?: typeof fetch;
  onChange(state: CalendarFeedState): void;
}

export const calendarFeedLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000 } as const;
/** Occurrences are expanded from a day back to a week ahead. */
const windowBackMs = 24 * 3_600_000;
const windowAheadMs = 8 * 24 * 3_600_000;

export function isFeedUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

type Fetched = { kind: 'text'; text: string } | { kind: 'unchanged' } | { kind: 'failed'; problem: string };

async function readLimited(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > calendarFeedLimits.maxBytes) return null;
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > calendarFeedLimits.maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export class CalendarFeed {
  private state: CalendarFeedState;
  private text: string | null = null;
  private etag: string | null = null;
  private lastModified: string | null = null;
  private fileStamp: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private running: Promise<void> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: CalendarFeedOptions) {
    this.now = options.now ?? Date.now;
    this.state = { source: options.source, events: [], lastRefresh: null, lastAttempt: null, problem: null, truncated: false };
  }

  get current(): CalendarFeedState {
    return this.state;
  }

  start(): void {
    void this.refresh();
  }

  /** Fetches now (one at a time), then again after the refresh interval. */
  refresh(): Promise<void> {
    this.running ??= this.load().finally(() => {
      this.running = null;
      if (this.stopped) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.refresh(), this.options.refreshMs);
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async load(): Promise<void> {
    const fetched = isFeedUrl(this.options.source) ? await this.fetchUrl() : await this.readFileSource();
    if (this.stopped) return;
    const at = this.now();
    if (fetched.kind === 'failed') {
      this.update({ lastAttempt: at, problem: fetched.problem });
      return;
    }
    const text = fetched.kind === 'text' ? fetched.text : this.text;
    if (text === null) {
      this.update({ lastAttempt: at, problem: 'the calendar feed answered "not modified" before sending a calendar' });
      return;
    }
    // Parsed again even when unchanged: the window of expanded recurrences moves with the clock.
    const parsed = parseCalendar(text, { from: at - windowBackMs, to: at + windowAheadMs });
    if (!parsed.ok) {
      this.update({ lastAttempt: at, problem: parsed.problem });
      return;
    }
    this.text = text;
    this.update({ events: parsed.events, truncated: parsed.truncated, lastAttempt: at, lastRefresh: at, problem: null });
  }

  private update(change: Partial<CalendarFeedState>): void {
    this.state = { ...this.state, ...change };
    this.options.onChange(this.state);
  }

  private async fetchUrl(): Promise<Fetched> {
    const headers: Record<string, string> = { Accept: 'text/calendar' };
    // Validators only count while the copy they describe is the one kept.
    if (this.text !== null && this.etag) headers['If-None-Match'] = this.etag;
    if (this.text !== null && this.lastModified) headers['If-Modified-Since'] = this.lastModified;
    try {
      const response = await (this.options.fetch ?? fetch)(this.options.source, {
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(calendarFeedLimits.timeoutMs),
      });
      if (response.status === 304) return { kind: 'unchanged' };
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'failed', problem: `the calendar server answered ${response.status}` };
      }
      const text = await readLimited(response);
      if (text === null) return { kind: 'failed', problem: `the calendar feed is larger than ${calendarFeedLimits.maxBytes / 1024 / 1024} MB` };
      this.etag = response.headers.get('etag');
      this.lastModified = response.headers.get('last-modified');
      return { kind: 'text', text };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'failed', problem: 'the calendar server did not answer in time' };
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : '';
      return { kind: 'failed', problem: `the calendar server cannot be reached${cause ? ` (${cause.slice(0, 200)})` : ''}` };
    }
  }

  private async readFileSource(): Promise<Fetched> {
    try {
      const info = await stat(this.options.source);
      if (info.size > calendarFeedLimits.maxBytes) return { kind: 'failed', problem: 'the calendar file is larger than 5 MB' };
      if (this.text !== null && this.fileStamp === info.mtimeMs) return { kind: 'unchanged' };
      const text = await readFile(this.options.source, 'utf8');
      this.fileStamp = info.mtimeMs;
      return { kind: 'text', text };
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      return { kind: 'failed', problem: code === 'ENOENT' ? 'the calendar file does not exist' : `the calendar file cannot be read (${code || 'error'})` };
    }
  }
}
