// Reads a conference event stream in tests: collects events and lets a test await the next match.
import { createParser } from 'eventsource-parser';

export interface ReceivedEvent {
  event: string;
  id: string | undefined;
  data: string;
}

interface Waiter {
  from: number;
  match: (event: ReceivedEvent) => boolean;
  resolve: (event: ReceivedEvent) => void;
}

export class SseClient {
  readonly events: ReceivedEvent[] = [];
  /** Resolves when the stream ends, cleanly or not. */
  readonly ended: Promise<void>;
  private readonly waiters: Waiter[] = [];
  private readonly abort = new AbortController();

  private constructor(response: Response) {
    this.ended = this.read(response);
  }

  /** Opens the stream; rejects with the status if the node refuses it. */
  static async open(baseUrl: string, alias: string, token: string): Promise<SseClient> {
    const url = `${baseUrl}/api/client/v2/conferences/${encodeURIComponent(alias)}/events?token=${encodeURIComponent(token)}`;
    const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
    if (response.status !== 200 || !response.body) {
      throw new Error(`event stream refused: ${response.status} ${await response.text()}`);
    }
    return new SseClient(response);
  }

  /** The first event (already received or still to come) with this name that satisfies `match`. */
  next(event: string, match: (data: unknown) => boolean = () => true, from = 0): Promise<ReceivedEvent> {
    const predicate = (e: ReceivedEvent) => e.event === event && match(parseData(e.data));
    const seen = this.events.slice(from).find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ from, match: predicate, resolve }));
  }

  /** Events of one name received so far, data parsed as JSON. */
  dataOf(event: string): unknown[] {
    return this.events.filter((e) => e.event === event).map((e) => parseData(e.data));
  }

  close(): void {
    this.abort.abort();
  }

  private async read(response: Response): Promise<void> {
    const parser = createParser({
      onEvent: (message) => this.receive({ event: message.event ?? 'message', id: message.id, data: message.data }),
    });
    const body = response.body;
    if (!body) return;
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    this.abort.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        parser.feed(value);
      }
    } catch {
      // A dropped connection ends the stream; `ended` resolves either way.
    }
  }

  private receive(event: ReceivedEvent): void {
    this.events.push(event);
    const index = this.events.length - 1;
    for (const waiter of [...this.waiters]) {
      if (index >= waiter.from && waiter.match(event)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  }
}

function parseData(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}
