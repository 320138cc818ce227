// One open event stream (GET .../events) of one participant.
import type { ServerResponse } from 'node:http';
import { formatEvent, formatKeepAlive } from './sseFormat';

const KEEP_ALIVE_MS = 10_000;

export class EventStream {
  private nextId = 1;
  private readonly keepAlive: NodeJS.Timeout;
  private closed = false;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    readonly participantUuid: string,
    private readonly res: ServerResponse,
  ) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    this.keepAlive = setInterval(() => this.write(formatKeepAlive()), KEEP_ALIVE_MS);
    this.keepAlive.unref();
    res.on('close', () => this.markClosed());
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /**
   * Sends an event whose data is a JSON value (`null` when the event carries nothing). `id` replaces
   * the stream's own counter (presentation_frame ids name the frame to fetch).
   */
  send(event: string, data: unknown, id?: string): void {
    this.sendRaw(event, JSON.stringify(data ?? null), id);
  }

  /** Sends an event with the data text as given (fault injection may send malformed JSON). */
  sendRaw(event: string, data: string, id?: string): void {
    if (id !== undefined) {
      this.write(formatEvent(id, event, data));
      return;
    }
    this.write(formatEvent(this.nextId, event, data));
    this.nextId += 1;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /** Ends the stream cleanly (the participant left). */
  end(): void {
    if (this.closed) return;
    this.res.end();
    this.markClosed();
  }

  /** Cuts the connection as a network failure would. */
  drop(): void {
    if (this.closed) return;
    this.res.socket?.destroy();
    this.res.destroy();
    this.markClosed();
  }

  private write(text: string): void {
    if (!this.closed) this.res.write(text);
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}
