// A second launch with a parley:// link joins the simulator through the running instance, and
// quitting leaves: electron/main with the real meeting service against the Electron fake and the
// simulator on 127.0.0.1. The fake window has no page, so linkJoinDriver.ts does what the
// renderer's link store does with the link (one bridge `join`, through ipcMain's sender check).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type Simulator } from '../../../../sim/index';
import { createFakeMediaEngine } from '../../../../support/fakeMediaRoom';
import { fakeElectron } from '../../../../support/electronFake';
import { getState } from '../../../../integration/sim/simControl';
import { driveLinksLikeTheRenderer } from './linkJoinDriver';
import { restoreProcess, settle, startMain, until } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

let sim: Simulator;
const simLog: string[] = [];
beforeAll(async () => {
  sim = await startSimulator({ port: 0, createMediaRoom: createFakeMediaEngine().createMediaRoom, log: (line) => simLog.push(line) });
}, 60_000);
afterAll(() => sim.close());
afterEach(restoreProcess);

const inRoom = async (alias: string) => (await getState(sim.url)).rooms.find((room) => room.alias === alias)?.participants.map((participant) => participant.display_name) ?? [];

describe('a second instance with a link', () => {
  it('reaches the running window, which joins the simulator; quitting releases the token there', async () => {
    // No proxy between main and the simulator: the fake's resolveProxy answers DIRECT, as Chromium does for loopback.
    await startMain();
    const [window] = fakeElectron.windows;
    if (!window) throw new Error('main opened no window');
    const joins = driveLinksLikeTheRenderer(window, 'Parley');

    const link = `parley://join?${new URLSearchParams({ node: sim.url, alias: 'meet.alice', name: 'Sam Second' }).toString()}`;
    fakeElectron.app.launchSecondInstance(['/opt/Parley/parley', link]);
    expect(joins).toHaveLength(1);
    const joined = await joins[0];
    expect(joined).toMatchObject({ ok: true, value: { alias: 'meet.alice' } });
    await until(() => fakeElectron.windows.length === 1, 'still one window');
    expect(await inRoom('meet.alice')).toContain('Sam Second');

    fakeElectron.app.quit();
    await until(() => fakeElectron.app.exited, 'the app ended after leaving');
    await settle();
    expect(simLog.filter((line) => line.includes('release_token'))).toEqual([expect.stringMatching(/^meet\.alice: release_token \(/)]);
    expect(await inRoom('meet.alice')).not.toContain('Sam Second');
  }, 60_000);
});
