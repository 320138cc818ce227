import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventStream, type RawServerEvent } from '../../../../../electron/infinity/events/eventStream';
import { silentLogger } from '../../../../../electron/infinity/logger';
import { FakeNode } from '../../../../support/fakeNode';

const url = 'https://node.example.com/api/client/v2/conferences/meet.alice/events';

function createStream(node: FakeNode, token: () => string = () => 'SECRET-TOKEN-0', maxOutageMs?: number) {
  const events: RawServerEvent[] = [];
  const log: string[] = [];
  const stream = new EventStream({
    url,
    fetch: node.fetch,
    currentToken: token,
    random: () => 0.5,
    logger: silentLogger,
    onEvent: (event) => events.push(event),
    onOpen: () => log.push('open'),
    onDrop: () => log.push('drop'),
    onGiveUp: () => log.push('give up'),
    ...(maxOutageMs === undefined ? {} : { maxOutageMs }),
  });
  return { stream, events, log };
}

/** Lets the stream's read loop consume what was pushed. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('EventStream framing', () => {
  it('sends the token header and frames events split across chunks', async () => {
    const node = new FakeNode();
    const { stream, events, log } = createStream(node);
    stream.start();
    await settle();
    expect(log).toEqual(['open']);
    expect(node.latestStream.token).toBe('SECRET-TOKEN-0');
    expect(node.requests[0]?.headers['accept']).toBe('text/event-stream');

    const text = 'event: participant_create\ndata: {"uuid":"a","display_name":"Al\u00e9"}\n\n';
    // Split mid-line and inside a multi-byte character's neighbourhood.
    node.latestStream.push(text.slice(0, 10));
    node.latestStream.push(text.slice(10, 40));
    await settle();
    expect(events).toHaveLength(0);
    node.latestStream.push(text.slice(40));
    await settle();
    expect(events.map(({ name, data }) => ({ name, data }))).toEqual([
      { name: 'participant_create', data: '{"uuid":"a","display_name":"Al\u00e9"}' },
    ]);
    stream.stop();
  });

  it('delivers several events from one chunk, ignores comments, keeps empty data', async () => {
    const node = new FakeNode();
    const { stream, events } = createStream(node);
    stream.start();
    await settle();
    node.latestStream.push(
      ': keepalive comment\n\nevent: participant_sync_begin\ndata: null\n\nevent: stage\ndata: []\n\nevent: presentation_stop\ndata:\n\n',
    );
    await settle();
    expect(events.map(({ name, data }) => [name, data])).toEqual([
      ['participant_sync_begin', 'null'],
      ['stage', '[]'],
      ['presentation_stop', ''],
    ]);
    stream.stop();
  });

  it('stamps events with the arrival time of their chunk', async () => {
    const node = new FakeNode();
    const { stream, events } = createStream(node);
    stream.start();
    await settle();
    const before = Date.now();
    node.latestStream.push('event: a\ndata: 1\n\nevent: b\ndata: 2\n\n');
    await settle();
    const after = Date.now();
    expect(events).toHaveLength(2);
    expect(events[0]?.receivedAt).toBe(events[1]?.receivedAt);
    expect(events[0]?.receivedAt).toBeGreaterThanOrEqual(before);
    expect(events[0]?.receivedAt).toBeLessThanOrEqual(after);
    stream.stop();
  });
});

describe('EventStream reconnect policy', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reconnects after drops with backoff, using the current token', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const node = new FakeNode();
    let token = 'SECRET-TOKEN-0';
    const { stream, log } = createStream(node, () => token);
    const connectTimes = () => node.requestsTo('events').map((request) => request.at);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['open']);

    // The node restarts: the stream ends and the next two attempts are refused.
    token = 'SECRET-TOKEN-1';
    node.eventsStatus = 502;
    node.latestStream.close();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['open', 'drop']);
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    node.eventsStatus = 200;
    await vi.advanceTimersByTimeAsync(4000);
    expect(connectTimes()).toEqual([0, 1000, 3000, 7000]);
    expect(log).toEqual(['open', 'drop', 'drop', 'drop', 'open']);
    expect(node.latestStream.token).toBe('SECRET-TOKEN-1');

    // A successful connection resets the backoff: the next drop waits 1 s again.
    node.latestStream.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(connectTimes().at(-1)).toBe(8000);
    stream.stop();
  });

  it('gives up after the outage limit and stops trying', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const node = new FakeNode();
    node.eventsStatus = 503;
    const { stream, log } = createStream(node, undefined, 10_000);
    stream.start();
    // Attempts at 0, 1, 3, 7 s; the next (15 s) would exceed the 10 s outage limit.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log).toEqual(['drop', 'drop', 'drop', 'give up']);
    expect(node.requests).toHaveLength(4);
  });

  it('does not reconnect after stop()', async () => {
    vi.useFakeTimers();
    const node = new FakeNode();
    const { stream, log } = createStream(node);
    stream.start();
    await vi.advanceTimersByTimeAsync(0);
    stream.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(log).toEqual(['open']);
    expect(node.requests).toHaveLength(1);
  });
});

describe('EventStream limits', () => {
  it('drops a connection that streams one endless event, without delivering it', async () => {
    const node = new FakeNode();
    const { stream, events, log } = createStream(node);
    stream.start();
    await settle();
    const first = node.latestStream;
    first.push('event: message_received\ndata: "');
    for (let i = 0; i < 10; i += 1) first.push('x'.repeat(64 * 1024));
    await settle();
    expect(events).toHaveLength(0);
    expect(log).toEqual(['open', 'drop']);
    stream.stop();
  });

  it('keeps a connection whose events are each within the limit, however many arrive', async () => {
    const node = new FakeNode();
    const { stream, events, log } = createStream(node);
    stream.start();
    await settle();
    const frame = `event: message_received\ndata: "${'y'.repeat(60 * 1024)}"\n\n`;
    for (let i = 0; i < 12; i += 1) node.latestStream.push(frame);
    await settle();
    expect(events).toHaveLength(12);
    expect(log).toEqual(['open']);
    stream.stop();
  });
});
