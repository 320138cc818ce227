import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import type { HostClientFrame } from '../../../../electron/shared/transports';
import { packedRosterVersion, toWireEvent } from '../../../../electron/shared/rosterPacking';
import { participant } from '../../../support/meetingBuilders';
import { hostBridgeSecret, hostBridgeUrl } from '../../../../renderer/src/bridge';
import {
  bridgeUnavailableMessage,
  createWebSocketBridge,
  type BridgeSocket,
} from '../../../../renderer/src/bridge/webSocketBridge';

class FakeSocket implements BridgeSocket {
  readyState = 0;
  sent: HostClientFrame[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as HostClientFrame);
  }
  close(): void {
    this.serverClose();
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  push(frame: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data: typeof frame === 'string' ? frame : JSON.stringify(frame) }));
  }
  serverClose(): void {
    this.readyState = 3;
    this.onclose?.(new Event('close') as CloseEvent);
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const api = createWebSocketBridge('ws://127.0.0.1:5180/bridge', (url) => {
    const socket = new FakeSocket(url);
    sockets.push(socket);
    return socket;
  });
  const current = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket opened');
    return socket;
  };
  return { api, sockets, current };
}

describe('WebSocket bridge client', () => {
  it('builds the same-origin bridge address', () => {
    expect(hostBridgeUrl({ protocol: 'http:', host: '127.0.0.1:5180' }, null)).toBe('ws://127.0.0.1:5180/bridge');
    expect(hostBridgeUrl({ protocol: 'https:', host: 'example.test' }, null)).toBe('wss://example.test/bridge');
    expect(hostBridgeUrl({ protocol: 'http:', host: '127.0.0.1:5180' }, 'a-b_c')).toBe('ws://127.0.0.1:5180/bridge?secret=a-b_c');
  });

  it('queues commands until the socket opens and sends {id, command, arg} frames', () => {
    const { api, current } = setup();
    void api.sendMessage({ text: 'hi' });
    void api.setClientMute({ muted: true });
    expect(current().url).toBe('ws://127.0.0.1:5180/bridge');
    expect(current().sent).toEqual([]);
    current().open();
    expect(current().sent).toEqual([
      { id: 1, command: 'sendMessage', arg: { text: 'hi' } },
      { id: 2, command: 'setClientMute', arg: { muted: true } },
    ]);
  });

  it('matches results to commands by id, in any order', async () => {
    const { api, current } = setup();
    const first = api.getSnapshot(null);
    const second = api.sendMessage({ text: 'x' });
    current().open();
    current().push({ id: 2, result: { ok: false, error: { code: 'failed', message: 'nope' } } });
    current().push({ id: 1, result: { ok: true, value: null } });
    expect(await first).toEqual({ ok: true, value: null });
    expect(await second).toEqual({ ok: false, error: { code: 'failed', message: 'nope' } });
  });

  it('delivers events to every listener until it unsubscribes, ignoring malformed frames', () => {
    const { api, current } = setup();
    const seen: string[] = [];
    const stop = api.onEvent((event) => seen.push(`a:${event.type}`));
    api.onEvent((event) => seen.push(`b:${event.type}`));
    current().open();
    const event: BridgeEvent = { type: 'connection', state: 'reconnecting', receivedAt: 1 };
    current().push({ event });
    current().push('not json');
    current().push({ event: { type: 'connection' } });
    stop();
    current().push({ event });
    expect(seen).toEqual(['a:connection', 'b:connection', 'b:connection']);
  });

  it('hands a packed roster to listeners as the roster event, and drops one it cannot read', () => {
    const { api, current } = setup();
    const seen: BridgeEvent[] = [];
    api.onEvent((event) => seen.push(event));
    current().open();
    const roster: BridgeEvent = {
      type: 'roster',
      participants: [participant({ uuid: 'a', displayName: 'Ada', role: 'host', isMuted: true }), participant({ uuid: 'b', displayName: 'Bo', buzzTime: 7 })],
      syncStartedAt: 5,
      receivedAt: 6,
    };
    const wire = toWireEvent(roster);
    current().push({ event: wire });
    current().push({ event: { ...wire, version: packedRosterVersion + 1 } });
    current().push({ event: { ...wire, participants: [['a', 'Ada']] } });
    expect(seen).toEqual([roster]);
  });

  it('fails waiting commands with a typed error when the socket closes, and reconnects for the next one', async () => {
    const { api, sockets, current } = setup();
    const waiting = api.join({ node: 'n', alias: 'a', displayName: 'd' });
    current().serverClose();
    expect(await waiting).toEqual({ ok: false, error: { code: 'node_unreachable', message: bridgeUnavailableMessage, wording: 'bridgeUnavailable' } });
    const again = api.getSnapshot(null);
    expect(sockets).toHaveLength(2);
    current().open();
    expect(current().sent).toEqual([{ id: 2, command: 'getSnapshot', arg: null }]);
    current().push({ id: 2, result: { ok: true, value: null } });
    expect(await again).toEqual({ ok: true, value: null });
  });

  it('fails a command at once when no socket can be opened', async () => {
    const api = createWebSocketBridge('ws://127.0.0.1:1/bridge', () => {
      throw new Error('blocked');
    });
    const result = await api.leave({});
    expect(result.ok).toBe(false);
  });
});

describe('hostBridgeSecret', () => {
  function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
    const items = new Map<string, string>();
    return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
  }

  it('reads the secret from the fragment and keeps it for a reload without one', () => {
    const storage = memoryStorage();
    expect(hostBridgeSecret({ hash: '#bridge=S3cr-t_' }, storage)).toBe('S3cr-t_');
    expect(hostBridgeSecret({ hash: '' }, storage)).toBe('S3cr-t_');
  });

  it('has none when neither the fragment nor the tab has one', () => {
    expect(hostBridgeSecret({ hash: '#other=1' }, memoryStorage())).toBeNull();
    expect(hostBridgeSecret({ hash: '' }, null)).toBeNull();
  });
});
