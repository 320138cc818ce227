// The Infinity event stream: GET .../events with the `token` header, framed with
// eventsource-parser. Reconnects after any drop (error, end of stream, non-200) with backoff,
// always using the token current at that moment, and gives up after a long outage.
import { createParser } from 'eventsource-parser';
import type { Logger } from '../logger';
import { classifyNetworkError } from '../http/requestFailure';
import { backoffDelayMs, reconnectBackoff, type BackoffPolicy } from '../session/refreshSchedule';

export interface RawServerEvent {
  name: string;
  /** The `data` field as sent (JSON text, possibly empty). */
  data: string;
  /** Epoch ms (sub-ms precision) when the chunk carrying this event reached the core. */
  receivedAt: number;
  /** The SSE `id` field (presentation_frame's id fetches its image), when the node sent one. */
  id?: string | null;
}

export interface EventStreamOptions {
  /** Full URL of the events endpoint. */
  url: string;
  fetch: typeof fetch;
  currentToken(): string;
  random: () => number;
  logger: Logger;
  onEvent(event: RawServerEvent): void;
  /** Each time a connection is established (status 200). */
  onOpen(): void;
  /** Each time an established or attempted connection is lost; a reconnect is scheduled. */
  onDrop(reason: string): void;
  /** The stream could not be restored within `maxOutageMs`; it is stopped. */
  onGiveUp(reason: string): void;
  /**
   * The node refused the token on the events endpoint (401/403), as a restarted node does with
   * every token: the owner checks the token at once rather than waiting out the outage. The
   * stream keeps reconnecting meanwhile (with the token current at each attempt).
   */
  onRefused?(status: number): void;
  backoff?: BackoffPolicy;
  /** How long an outage may last before giving up. */
  maxOutageMs?: number;
}

export const defaultMaxOutageMs = 120_000;

/**
 * The most the stream may send without completing an event (characters). A node that streams one
 * endless event would otherwise grow the parser's buffer without bound; past this the connection
 * is dropped and reopened. Twice the largest event the core reads (boundedJson's 256 KiB).
 */
export const maxPendingEventChars = 512 * 1024;

class OversizedEvent extends Error {}

/**
 * Time now in epoch milliseconds, as the system clock says at this instant: the renderer compares
 * it with its own Date.now() (relay and roster timings). Not performance.timeOrigin + now(): that
 * keeps each process's clock as the system clock was when the process started, and a process
 * started minutes later disagrees once the system clock has been adjusted (measured on the bench
 * machine: the bench's core and pages opened minutes later 50–650 ms apart).
 */
export function sharedClockNow(): number {
  return Date.now();
}

export class EventStream {
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private attempt = 0;
  private outageSince: number | null = null;

  constructor(private readonly options: EventStreamOptions) {}

  start(): void {
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const controller = new AbortController();
    this.controller = controller;
    let reason: string;
    try {
      const response = await this.options.fetch(this.options.url, {
        headers: { token: this.options.currentToken(), accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (response.status !== 200 || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        reason = `The server answered ${response.status}.`;
        if (response.status === 401 || response.status === 403) this.options.onRefused?.(response.status);
      } else {
        this.attempt = 0;
        this.outageSince = null;
        this.options.onOpen();
        await this.read(response.body);
        reason = 'The server closed the event stream.';
      }
    } catch (error) {
      if (this.stopped) return;
      if (error instanceof OversizedEvent) {
        controller.abort();
        this.options.logger.warn('event stream sent an event too large to read', { limit: maxPendingEventChars });
        this.scheduleReconnect('The server sent an event too large to read.');
        return;
      }
      const network = classifyNetworkError(error);
      reason = network ? `Connection problem (${network.code}).` : 'The event stream failed.';
      this.options.logger.debug('event stream error', { error });
    }
    if (this.stopped) return;
    this.scheduleReconnect(reason);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    let chunkReceivedAt = sharedClockNow();
    // Characters fed since the last complete event (or the last chunk that completed one).
    let pending = 0;
    const parser = createParser({
      onEvent: (message) => {
        pending = 0;
        if (this.stopped) return;
        this.options.onEvent({
          name: message.event ?? 'message',
          data: message.data,
          receivedAt: chunkReceivedAt,
          id: message.id ?? null,
        });
      },
      onError: (error) => this.options.logger.warn('event stream framing error', { error: error.message }),
    });
    const decoder = new TextDecoder();
    for await (const chunk of body) {
      chunkReceivedAt = sharedClockNow();
      const text = decoder.decode(chunk, { stream: true });
      pending += text.length;
      parser.feed(text);
      if (this.stopped) return;
      if (pending > maxPendingEventChars) throw new OversizedEvent();
    }
  }

  private scheduleReconnect(reason: string): void {
    const now = Date.now();
    this.outageSince ??= now;
    const maxOutageMs = this.options.maxOutageMs ?? defaultMaxOutageMs;
    const delay = backoffDelayMs(this.attempt, this.options.random, this.options.backoff ?? reconnectBackoff);
    this.attempt += 1;
    if (now + delay - this.outageSince > maxOutageMs) {
      this.stopped = true;
      this.options.logger.warn('event stream could not be restored', { reason });
      this.options.onGiveUp(reason);
      return;
    }
    this.options.logger.info('event stream dropped, reconnecting', { reason, retryInMs: delay });
    this.options.onDrop(reason);
    this.timer = setTimeout(() => void this.connect(), delay);
  }
}
