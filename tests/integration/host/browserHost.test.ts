// The browser host serves only the renderer folder and speaks the bridge over a same-origin
// WebSocket, with the real Infinity core behind it.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { WebSocket } from 'ws';
import { silentLogger } from '../../../electron/service';
import type { HostServerFrame } from '../../../electron/shared/transports';
import { fromWireEvent } from '../../../electron/shared/rosterPacking';
import { startBrowserHost, type BrowserHost } from '../../host';
import { startSimulator, type Simulator } from '../../sim';

let root: string;
let host: BrowserHost;
let sim: Simulator;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-host-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer/index.html'), '<!doctype html><title>Parley</title>');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  sim = await startSimulator({ port: 0 });
  host = await startBrowserHost({ port: 0, rendererDir: join(root, 'renderer'), defaultJoin: { node: sim.url, alias: 'meet.alice' }, logger: silentLogger });
});

afterAll(async () => {
  await host?.close();
  await sim?.close();
  await rm(root, { recursive: true, force: true });
});

/** The secret the host printed in its page address's fragment. */
function secretOf(pageUrl: string): string {
  return new URLSearchParams(new URL(pageUrl).hash.slice(1)).get('bridge') ?? '';
}

function connect(origin: string, secret: string = secretOf(host.pageUrl), headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${host.url.replace('http', 'ws')}/bridge?secret=${encodeURIComponent(secret)}`, { origin, headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function nextFrame(socket: WebSocket, accept: (frame: HostServerFrame) => boolean): Promise<HostServerFrame> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const frame = JSON.parse(data.toString()) as HostServerFrame;
      if (accept(frame)) {
        socket.off('message', onMessage);
        resolve(frame);
      }
    };
    socket.on('message', onMessage);
  });
}

describe('browser host', () => {
  it('serves the renderer and nothing outside it', async () => {
    const index = await fetch(`${host.url}/index.html`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    // The app's CSP as a header, like the app:// handler: strict element styles, inline attributes only.
    expect(index.headers.get('content-security-policy')).toContain("style-src-elem 'self'; style-src-attr 'unsafe-inline'");
    const escape = await fetch(`${host.url}/..%2Fsecret.txt`);
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('outside the renderer');
  });

  it('sends a page without a node to the default node', async () => {
    const response = await fetch(`${host.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`/?node=${encodeURIComponent(sim.url)}&alias=meet.alice`);
  });

  it('closes a bridge socket from another origin', async () => {
    const socket = await connect('http://evil.example');
    const code = await new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(1008);
  });

  it('closes a bridge socket from our own origin without the secret, or with a wrong one', async () => {
    for (const secret of ['', 'guessed', `${secretOf(host.pageUrl)}x`]) {
      const socket = await connect(host.url, secret);
      const code = await new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
      expect(code).toBe(1008);
    }
  });

  it('refuses a page or a bridge under another host name (DNS rebinding)', async () => {
    const page = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${host.url}/index.html`, { headers: { host: `rebound.example:${host.port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.once('error', reject);
      request.end();
    });
    expect(page).toBe(421);
    const socket = await connect(host.url, secretOf(host.pageUrl), { host: `rebound.example:${host.port}` });
    const code = await new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(1008);
  });

  it('prints a page address that carries a fresh secret', () => {
    expect(secretOf(host.pageUrl)).toMatch(/^[\w-]{43}$/);
  });

  it('answers commands by id, ignores malformed frames, and relays events without the token', async () => {
    const socket = await connect(host.url);
    socket.send('not json');
    socket.send(JSON.stringify({ id: 1, command: 'noSuchCommand', arg: null }));
    socket.send(JSON.stringify({ id: 2, command: 'getSnapshot', arg: null }));
    const snapshot = await nextFrame(socket, (frame) => 'id' in frame);
    expect(snapshot).toEqual({ id: 2, result: { ok: true, value: null } });

    const frames: string[] = [];
    socket.on('message', (data: Buffer) => frames.push(data.toString()));
    socket.send(JSON.stringify({ id: 3, command: 'join', arg: { node: sim.url, alias: 'meet.alice', displayName: 'Host Test' } }));
    const joined = await nextFrame(socket, (frame) => 'id' in frame && frame.id === 3);
    expect(joined).toMatchObject({ id: 3, result: { ok: true, value: { alias: 'meet.alice', role: 'host', displayName: 'Host Test' } } });
    // The roster travels packed (rosterPacking.ts) and names who joined.
    const roster = await nextFrame(socket, (frame) => 'event' in frame && frame.event.type === 'roster_packed');
    const rosterEvent = 'event' in roster ? fromWireEvent(roster.event) : null;
    expect(rosterEvent?.type === 'roster' && rosterEvent.participants.map((p) => p.displayName)).toContain('Host Test');

    type State = { result: { rooms: { alias: string; participants: { display_name: string }[] }[] } };
    const state = (await (await fetch(`${sim.url}/_sim/state`)).json()) as State;
    expect(state.result.rooms.find((room) => room.alias === 'meet.alice')?.participants.map((p) => p.display_name)).toContain('Host Test');

    // The page closing is the participant leaving.
    socket.close();
    await expect
      .poll(async () => {
        const after = (await (await fetch(`${sim.url}/_sim/state`)).json()) as State;
        return after.result.rooms.find((room) => room.alias === 'meet.alice')?.participants.length ?? 0;
      })
      .toBe(0);
    expect(frames.join('\n')).not.toMatch(/"token"/);
  });
});

describe('browser host in kiosk mode', () => {
  it('serves one room display at a time: a new one replaces the one before', async () => {
    const configFile = join(root, 'kiosk.json');
    await writeFile(configFile, JSON.stringify({ node: sim.url, alias: 'meet.alice', displayName: 'Room', autoJoin: false, adminPin: '2468' }));
    const kioskHost = await startBrowserHost({ port: 0, rendererDir: join(root, 'renderer'), logger: silentLogger, kiosk: { configFile } });
    try {
      const open = (): Promise<WebSocket> =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket(`${kioskHost.url.replace('http', 'ws')}/bridge?secret=${encodeURIComponent(secretOf(kioskHost.pageUrl))}`, { origin: kioskHost.url });
          socket.once('open', () => resolve(socket));
          socket.once('error', reject);
        });
      const first = await open();
      const firstClosed = new Promise<number>((resolve) => first.once('close', (code) => resolve(code)));
      const second = await open();
      expect(await firstClosed).toBe(4001);
      expect(second.readyState).toBe(WebSocket.OPEN);
      second.close();
    } finally {
      await kioskHost.close();
    }
  });
});
