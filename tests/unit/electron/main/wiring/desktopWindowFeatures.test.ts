// The mini window, native notifications and the unread badge, against the Electron fake with main's
// real meeting service and the simulator behind it: minimizing the window during a call makes it the
// small always-on-top window and "Back to full view" (desktopWindowMode over IPC) puts it back; a chat
// message from another participant while Parley is not focused shows one notification, whose click
// brings the window to the front and tells the renderer to open the chat; the badge counts chat
// messages not in view (chat closed, or the window unfocused, minimized, hidden or mini).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeDisplay, fakeElectron, type FakeBrowserWindow } from '../../../../support/electronFake';
import { createFakeMediaEngine } from '../../../../support/fakeMediaRoom';
import { startSimulator, type Simulator } from '../../../../sim/index';
import { createCoreParticipant, type CoreParticipant } from '../../../../integration/core/coreParticipant';
import { restoreProcess, settle, startMain, until, type MainLaunch } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

let sim: Simulator;
const others: CoreParticipant[] = [];
beforeAll(async () => {
  sim = await startSimulator({ port: 0, createMediaRoom: createFakeMediaEngine().createMediaRoom });
}, 60_000);
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  const main = fakeElectron.windows[0];
  if (main && !main.isDestroyed()) await fakeElectron.invoke('parley:cmd:leave', main.webContents, null);
  for (const other of others.splice(0)) await other.service.shutdown('test over');
  restoreProcess();
});

function mainWindow(): FakeBrowserWindow {
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('main opened no window');
  return window;
}

const command = (name: string, arg: unknown) => fakeElectron.invoke(`parley:cmd:${name}`, mainWindow().webContents, arg);
type Sent = { type: string; mode?: string; target?: string; message?: { payload: string } };
const rendererGot = (): Sent[] => mainWindow().webContents.sent.filter((message) => message.channel === 'parley:event').map((message) => message.payload as Sent);

async function joined(alias: string, launch: MainLaunch = {}): Promise<FakeBrowserWindow> {
  await startMain(launch);
  const window = mainWindow();
  fakeElectron.paint(window);
  const result = (await command('join', { node: sim.url, alias, displayName: 'Ann' })) as { ok: boolean };
  expect(result.ok).toBe(true);
  return window;
}

const miniBounds = { x: fakeDisplay.workArea.width - 320 - 16, y: fakeDisplay.workArea.height - 180 - 16, width: 320, height: 180 };

describe('the mini window', () => {
  it('minimizing during a call makes the small always-on-top window; "Back to full view" restores it as it was', async () => {
    const window = await joined('meet.alice');
    const full = window.getBounds();
    window.minimize();
    expect(window.isMinimized()).toBe(false);
    expect(window.isVisible()).toBe(true);
    expect(window.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
    // Linux (startMain's platform): on every virtual desktop.
    expect(window.isVisibleOnAllWorkspaces()).toBe(true);
    expect(window.getBounds()).toEqual(miniBounds);
    expect(rendererGot().filter((event) => event.type === 'window_mode')).toEqual([expect.objectContaining({ mode: 'mini' })]);

    expect(await command('desktopWindowMode', { mode: 'full' })).toEqual({ ok: true, value: { mode: 'full' } });
    expect(window.isAlwaysOnTop()).toBe(false);
    expect(window.isVisibleOnAllWorkspaces()).toBe(false);
    expect(window.getBounds()).toEqual(full);
    expect(window.getMinimumSize()).toEqual([720, 480]);
    expect(window.isFocused()).toBe(true);
    expect(rendererGot().filter((event) => event.type === 'window_mode').map((event) => event.mode)).toEqual(['mini', 'full']);
  });

  it('on macOS it joins every Space and floats above full-screen apps at the screen-saver level, and leaves both for the full view', async () => {
    const window = await joined('meet.alice', { platform: 'darwin' });
    window.minimize();
    expect(window.alwaysOnTop).toEqual({ flag: true, level: 'screen-saver' });
    expect(window.allWorkspacesCalls).toEqual([{ visible: true, options: { visibleOnFullScreen: true } }]);
    expect(window.isVisibleOnAllWorkspaces()).toBe(true);

    await command('desktopWindowMode', { mode: 'full' });
    expect(window.isAlwaysOnTop()).toBe(false);
    expect(window.isVisibleOnAllWorkspaces()).toBe(false);
    expect(window.allWorkspacesCalls.at(-1)).toEqual({ visible: false });
  });

  it('on Windows it stays at the floating level, below the taskbar, and asks for no workspaces (there are none to join)', async () => {
    const window = await joined('meet.alice', { platform: 'win32' });
    await command('desktopWindowMode', { mode: 'mini' });
    expect(window.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
    expect(window.allWorkspacesCalls).toEqual([]);
  });

  it('"Mini view" from the renderer shrinks it; the tray\'s Show window and the meeting ending bring the full window back', async () => {
    const window = await joined('meet.alice');
    expect(await command('desktopWindowMode', { mode: 'mini' })).toEqual({ ok: true, value: { mode: 'mini' } });
    expect(window.getBounds()).toEqual(miniBounds);
    type MenuTemplate = { template: { label?: string; click?: () => void }[] };
    (fakeElectron.trays[0]?.menu as MenuTemplate).template.find((item) => item.label === 'Show window')?.click?.();
    expect(window.isAlwaysOnTop()).toBe(false);
    await command('desktopWindowMode', { mode: 'mini' });
    expect(window.isAlwaysOnTop()).toBe(true);
    await command('leave', null);
    await command('desktopMeetingState', null);
    expect(window.isAlwaysOnTop()).toBe(false);
    expect(window.getBounds().width).toBe(1280);
  });

  it('with "Mini window" off, or outside a meeting, minimizing just minimizes; turning it off restores a mini window', async () => {
    await startMain();
    mainWindow().minimize();
    expect(mainWindow().isMinimized()).toBe(true);
    expect(mainWindow().isAlwaysOnTop()).toBe(false);

    const window = await joined('meet.alice');
    await command('desktopWindowMode', { mode: 'mini' });
    expect(window.isAlwaysOnTop()).toBe(true);
    expect(await command('settingsWrite', { miniWindow: false })).toMatchObject({ ok: true });
    expect(window.isAlwaysOnTop()).toBe(false);
    window.minimize();
    expect(window.isMinimized()).toBe(true);
    expect(await command('desktopWindowMode', { mode: 'mini' })).toEqual({ ok: true, value: { mode: 'full' } });
  });
});

describe('notifications', () => {
  async function bobSays(text: string): Promise<void> {
    const bob = createCoreParticipant();
    others.push(bob);
    await bob.join({ node: sim.url, alias: 'meet.alice', displayName: 'Bob <i>B</i>' });
    const sent = await bob.service.handlers.sendMessage({ text });
    expect(sent.ok).toBe(true);
  }

  it('a chat message while Parley is not focused: one notification with its text; a click focuses the window and opens the chat', async () => {
    const window = await joined('meet.alice');
    expect(window.isFocused()).toBe(false);
    await bobSays('Slides are <b>up</b> & ready');
    await until(() => fakeElectron.notifications.length > 0, 'a notification');
    await until(() => rendererGot().some((event) => event.type === 'chat'), 'the chat message reaches the renderer');
    expect(fakeElectron.notifications).toHaveLength(1);
    const [notification] = fakeElectron.notifications;
    // Linux (startMain's platform): the body's markup characters are escaped, so they show as sent.
    expect(notification?.options).toMatchObject({ title: 'Bob <i>B</i> in the meeting chat', body: 'Slides are &lt;b&gt;up&lt;/b&gt; &amp; ready' });
    expect(notification?.shown).toBe(true);
    window.minimize();
    notification?.click();
    expect(window.isFocused()).toBe(true);
    expect(window.isVisible()).toBe(true);
    expect(window.isAlwaysOnTop()).toBe(false);
    expect(rendererGot().filter((event) => event.type === 'notification_clicked')).toEqual([expect.objectContaining({ target: 'chat' })]);
  });

  it('none while the window has focus, and none with the chat setting off (a message to everyone)', async () => {
    const window = await joined('meet.alice');
    window.focus();
    await bobSays('seen in the window');
    await until(() => rendererGot().some((event) => event.type === 'chat'), 'the chat message reaches the renderer');
    await settle();
    expect(fakeElectron.notifications).toEqual([]);

    window.hide();
    await command('settingsWrite', { notifications: { chat: false, waitingToBeAdmitted: true, raisedHand: true, movedOrTransferred: true, meetingEnded: true } });
    await bobSays('nobody is told');
    await until(() => rendererGot().filter((event) => event.type === 'chat').length >= 2, 'the second chat message reaches the renderer');
    await settle();
    expect(fakeElectron.notifications).toEqual([]);
  });
});

describe('unread badge', () => {
  async function bobJoins(): Promise<CoreParticipant> {
    const bob = createCoreParticipant();
    others.push(bob);
    await bob.join({ node: sim.url, alias: 'meet.alice', displayName: 'Bob' });
    return bob;
  }
  const chatEvents = () => rendererGot().filter((event) => event.type === 'chat').length;
  async function says(bob: CoreParticipant, text: string): Promise<void> {
    const before = chatEvents();
    expect((await bob.service.handlers.sendMessage({ text })).ok).toBe(true);
    await until(() => chatEvents() > before, 'the chat message reaches the window');
  }
  const state = (chatOpen: boolean) => ({ name: 'Team', microphoneMuted: false, cameraOff: false, chatOpen });

  it('counts with the chat open while the window is not focused, minimized or hidden in the tray; clears when the chat is in view (dock badge)', async () => {
    const window = await joined('meet.alice', { platform: 'darwin' });
    await command('desktopMeetingState', state(true));
    window.focus();
    const bob = await bobJoins();
    await says(bob, 'seen: chat open in the focused window');
    expect(fakeElectron.app.badgeCounts).toEqual([]);

    window.blur();
    await says(bob, 'the person works in another app');
    expect(fakeElectron.app.badgeCounts).toEqual([1]);
    window.focus();
    expect(fakeElectron.app.badgeCounts).toEqual([1, 0]);

    await command('settingsWrite', { miniWindow: false });
    window.minimize();
    await says(bob, 'minimized');
    window.restore();
    window.hide();
    await says(bob, 'hidden in the tray');
    expect(fakeElectron.app.badgeCounts).toEqual([1, 0, 1, 2]);
    window.show();
    expect(fakeElectron.app.badgeCounts).toEqual([1, 0, 1, 2]);
    window.focus();
    expect(fakeElectron.app.badgeCounts).toEqual([1, 0, 1, 2, 0]);

    // The chat closed in the focused window: unread until it opens again.
    await command('desktopMeetingState', state(false));
    await says(bob, 'chat closed');
    await command('desktopMeetingState', state(true));
    await command('desktopMeetingState', null);
    expect(fakeElectron.app.badgeCounts).toEqual([1, 0, 1, 2, 0, 1, 0]);
  });

  it('counts in the mini window, which shows no chat', async () => {
    const window = await joined('meet.alice', { platform: 'darwin' });
    await command('desktopMeetingState', state(true));
    window.focus();
    await command('desktopWindowMode', { mode: 'mini' });
    window.focus();
    const bob = await bobJoins();
    await says(bob, 'in the mini window');
    expect(fakeElectron.app.badgeCounts).toEqual([1]);
    await command('desktopWindowMode', { mode: 'full' });
    expect(fakeElectron.app.badgeCounts).toEqual([1, 0]);
  });

  it('on Windows as a taskbar overlay with the count in words', async () => {
    const window = await joined('meet.alice', { platform: 'win32' });
    await command('desktopMeetingState', state(false));
    const bob = await bobJoins();
    await says(bob, 'one');
    await says(bob, 'two');
    window.focus();
    await command('desktopMeetingState', state(true));
    expect(mainWindow().overlayIcons).toEqual([
      { overlay: expect.objectContaining({ path: expect.stringMatching(/unread-overlay-16\.png$/) }), description: '1 unread message' },
      { overlay: expect.objectContaining({ path: expect.stringMatching(/unread-overlay-16\.png$/) }), description: '2 unread messages' },
      { overlay: null, description: '' },
    ]);
    expect(fakeElectron.app.badgeCounts).toEqual([]);
  });

  it('a chat state that is not true or false is refused', async () => {
    await startMain();
    expect(await command('desktopMeetingState', { name: 'Team', microphoneMuted: false, cameraOff: false, chatOpen: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});
