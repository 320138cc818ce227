// Main's requests to the node follow the proxy setting: electron/main with the real meeting
// service against the Electron fake, the simulator and a recording proxy on 127.0.0.1. In
// "system" mode the route is Chromium's answer for the node's URL (the fake's resolveProxy plays
// back the answer each test records, as the OS's settings would give it).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandResult } from '../../../../../electron/shared/bridge';
import { ipcChannels } from '../../../../../electron/shared/transports';
import { startSimulator, type Simulator } from '../../../../sim/index';
import { createFakeMediaEngine } from '../../../../support/fakeMediaRoom';
import { fakeElectron } from '../../../../support/electronFake';
import { startRecordingProxy, type RecordingProxy } from '../../../../support/recordingProxy';
import { createCoreParticipant } from '../../../../integration/core/coreParticipant';
import { restoreProcess, startMain, until } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

let sim: Simulator;
let proxy: RecordingProxy;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, createMediaRoom: createFakeMediaEngine().createMediaRoom });
  proxy = await startRecordingProxy();
}, 60_000);
afterAll(async () => {
  await proxy.close();
  await sim.close();
});
afterEach(async () => {
  fakeElectron.app.quit();
  await until(() => fakeElectron.app.exited, 'the app ended after leaving');
  restoreProcess();
  vi.restoreAllMocks();
});

const storedProxy = (proxySetting: { mode: string; url: string }) => () =>
  writeFileSync(join(fakeElectron.app.userData, 'settings.json'), JSON.stringify({ version: 1, settings: { proxy: proxySetting } }));

async function joinSimulator(displayName: string): Promise<CommandResult<'join'>> {
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('main opened no window');
  return (await fakeElectron.invoke(`${ipcChannels.commandPrefix}join`, window.webContents, { node: sim.url, alias: 'meet.alice', displayName })) as CommandResult<'join'>;
}

const tokenRequest = () => `POST ${sim.url}/api/client/v2/conferences/meet.alice/request_token`;

describe('main\'s requests to the node', () => {
  it('"system": Chromium\'s answer for the node\'s URL is the route (PROXY host:port: through that proxy)', async () => {
    await startMain({ prepare: () => void (fakeElectron.defaultSession.proxyAnswer = `PROXY ${new URL(proxy.url).host}; DIRECT`) });
    proxy.seen.length = 0;
    expect(await joinSimulator('Sys Proxy')).toMatchObject({ ok: true });
    expect(fakeElectron.defaultSession.resolvedProxyUrls).toContain(`${sim.url}/api/client/v2/conferences/meet.alice/request_token`);
    expect(proxy.seen).toContain(tokenRequest());
  }, 60_000);

  it('"system" with only a SOCKS proxy: straight to the node, with a warning logged once', async () => {
    const warnings = vi.spyOn(console, 'warn');
    await startMain({ prepare: () => void (fakeElectron.defaultSession.proxyAnswer = 'SOCKS5 127.0.0.1:1080') });
    proxy.seen.length = 0;
    expect(await joinSimulator('Sam Socks')).toMatchObject({ ok: true });
    expect(fakeElectron.defaultSession.resolvedProxyUrls.length).toBeGreaterThan(1);
    expect(proxy.seen).toEqual([]);
    const socks = warnings.mock.calls.map(([line]) => String(line)).filter((line) => line.includes('system proxy entries not usable'));
    expect(socks).toEqual([expect.stringMatching(/SOCKS5 127\.0\.0\.1:1080: SOCKS proxies are not supported.*"using":"DIRECT"/)]);
  }, 60_000);

  it('"manual": every request goes through the proxy set, without asking Chromium', async () => {
    await startMain({ prepare: storedProxy({ mode: 'manual', url: proxy.url }) });
    proxy.seen.length = 0;
    expect(await joinSimulator('Manu Proxy')).toMatchObject({ ok: true });
    expect(fakeElectron.defaultSession.proxies).toEqual([{ mode: 'fixed_servers', proxyRules: proxy.url }]);
    expect(fakeElectron.defaultSession.resolvedProxyUrls).toEqual([]);
    expect(proxy.seen).toContain(tokenRequest());
    expect(proxy.seen.every((line) => line.includes(sim.url))).toBe(true);
  }, 60_000);

  it('"none": straight to the node', async () => {
    await startMain({ prepare: storedProxy({ mode: 'none', url: '' }) });
    proxy.seen.length = 0;
    fakeElectron.defaultSession.proxyAnswer = `PROXY ${new URL(proxy.url).host}`;
    expect(await joinSimulator('Dee Rect')).toMatchObject({ ok: true });
    expect(fakeElectron.defaultSession.resolvedProxyUrls).toEqual([]);
    expect(proxy.seen).toEqual([]);
  }, 60_000);

  it('a proxy change mid-meeting: the next request goes through the new proxy, the event stream on the old one is not cut', async () => {
    const next = await startRecordingProxy();
    const bob = createCoreParticipant();
    try {
      await startMain({ prepare: storedProxy({ mode: 'manual', url: proxy.url }) });
      proxy.seen.length = 0;
      expect(await joinSimulator('Chan Ging')).toMatchObject({ ok: true });
      const [window] = fakeElectron.windows;
      if (!window) throw new Error('main opened no window');
      const command = (name: string, arg: unknown) => fakeElectron.invoke(`${ipcChannels.commandPrefix}${name}`, window.webContents, arg);
      const eventsUrl = (line: string) => line.startsWith('GET ') && line.includes('/events');
      await until(() => proxy.seen.some(eventsUrl), 'the event stream opened through the first proxy');

      expect(await command('settingsWrite', { proxy: { mode: 'manual', url: next.url } })).toMatchObject({ ok: true });
      expect(await command('sendMessage', { text: 'after the change' })).toEqual({ ok: true, value: null });
      expect(next.seen).toContain(`POST ${sim.url}/api/client/v2/conferences/meet.alice/message`);
      expect(proxy.seen.some((line) => line.includes('/message'))).toBe(false);

      // Bob's chat arrives over the stream opened before the change, which was not reopened.
      await bob.join({ node: sim.url, alias: 'meet.alice', displayName: 'Bob' });
      expect(await bob.service.handlers.sendMessage({ text: 'still here' })).toMatchObject({ ok: true });
      type Sent = { type: string; message?: { payload: string } };
      const chats = () => window.webContents.sent.filter((sent) => sent.channel === ipcChannels.event).map((sent) => sent.payload as Sent).filter((event) => event.type === 'chat');
      await until(() => chats().some((event) => event.message?.payload === 'still here'), 'Bob\'s chat reached the renderer');
      expect(proxy.seen.filter(eventsUrl)).toHaveLength(1);
      expect(next.seen.some(eventsUrl)).toBe(false);
      await command('leave', null);
    } finally {
      await bob.service.shutdown('test over');
      await next.close();
    }
  }, 60_000);
});
