// The Electron single sign-on window against the Electron fake, with main's real meeting service
// and the simulator behind it: the renderer asks joinWithSso over IPC, main opens its sign-in
// window (own in-memory partition, sandboxed, no preload, no permissions, the page's address in
// the title bar), the person signs in at the simulator's identity-provider page, and main takes
// the sso token from the node's final message or from the redirect to its target, stopped before
// either loads. The renderer gets the meeting, never the token. Closing the window cancels.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeEvent, FakeSession, fakeElectron, type FakeBrowserWindow } from '../../../../support/electronFake';
import { createFakeMediaEngine } from '../../../../support/fakeMediaRoom';
import { startSimulator, type Simulator } from '../../../../sim/index';
import { runOpenerPage, type OpenerPage } from './signInOpenerPage';
import { restoreProcess, startMain, until } from './startMain';

vi.mock('electron', async () => (await import('../../../../support/electronFake')).electronModule);
vi.mock('../../../../../electron/main/kiosk/kioskLog', () => import('./recordingKioskLog'));

const popupIdp = '4fe19459-67b4-4e84-abb4-a3765a0a7e09';
const redirectIdp = '0b7c2f4e-9d61-4f3a-8c55-2a7e6f1d9b30';
const cancelledText = 'Sign-in was cancelled. Sign in again to join.';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, createMediaRoom: createFakeMediaEngine().createMediaRoom });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  const main = fakeElectron.windows[0];
  if (main && !main.isDestroyed()) await fakeElectron.invoke('parley:cmd:leave', main.webContents, null);
  restoreProcess();
});

function mainWindow(): FakeBrowserWindow {
  const [window] = fakeElectron.windows;
  if (!window) throw new Error('main opened no window');
  return window;
}

interface SignInStarted {
  result: Promise<unknown>;
  /** The hidden window holding the opener page. */
  opener: FakeBrowserWindow;
  page: OpenerPage;
  /** The visible window with the identity provider's page. */
  child: FakeBrowserWindow;
  signInUrl: string;
}

async function startSignIn(alias: string, identityProvider: string): Promise<SignInStarted> {
  await startMain();
  const result = fakeElectron.invoke('parley:cmd:joinWithSso', mainWindow().webContents, {
    node: sim.url,
    alias,
    displayName: 'Typed Name',
    identityProvider,
  });
  await until(() => fakeElectron.windows.length === 2, 'the sign-in window opens');
  const opener = fakeElectron.windows[1] as FakeBrowserWindow;
  const page = runOpenerPage(opener);
  if (!page.child) throw new Error('the opener page could not open the sign-in page');
  const signInUrl = page.child.webContents.getURL();
  return { result, opener, page, child: page.child, signInUrl };
}

/** The person signs in at the simulator's page; returns the node's answer to the form. */
async function signInAtIdp(signInUrl: string, user: string): Promise<{ completeUrl: string; answer: Response }> {
  const form = await (await fetch(signInUrl)).text();
  const state = /name="state" value="([^"]+)"/.exec(form)?.[1] ?? '';
  const completeUrl = `${sim.url}/idp/complete?${new URLSearchParams({ state, user }).toString()}`;
  return { completeUrl, answer: await fetch(completeUrl, { redirect: 'manual' }) };
}

/** Everything the renderer received or got back: IPC sends to the main window and the command's result. */
function rendererSaw(result: unknown): string {
  return JSON.stringify({ sent: mainWindow().webContents.sent, result });
}

describe('the sign-in window', () => {
  it('has its own in-memory partition, is sandboxed, has no preload and grants no permission', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    const partition = run.opener.webContents.session;
    expect(partition).toBeInstanceOf(FakeSession);
    expect(partition).not.toBe(fakeElectron.defaultSession);
    expect((partition as FakeSession).partition).toMatch(/^parley-sso-[0-9a-f-]{36}$/);
    for (const window of [run.opener, run.child]) {
      const preferences = window.options['webPreferences'] as Record<string, unknown>;
      expect(preferences).toMatchObject({ session: partition, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
      expect(preferences).not.toHaveProperty('preload');
      expect(window.webContents.session).toBe(partition);
    }
    expect(run.opener.isVisible()).toBe(false);
    expect(run.child.options['parent']).toBe(mainWindow());
    expect(await fakeElectron.requestPermission(run.child.webContents, 'media')).toBe(false);
    expect(await fakeElectron.requestPermission(run.child.webContents, 'notifications')).toBe(false);
    expect((partition as FakeSession).permissionCheckHandler?.(run.child.webContents, 'media', sim.url, {})).toBe(false);
    // The main window's session keeps its own policy.
    expect(await fakeElectron.requestPermission(mainWindow().webContents, 'media')).toBe(true);
    run.child.close();
    await run.result;
  });

  it('shows the page\'s address in the title bar, whatever the page calls itself', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    const origin = new URL(sim.url).origin;
    expect(run.child.getTitle()).toBe(`Sign in — ${origin}/idp/signin`);
    const retitle = new FakeEvent();
    run.child.emit('page-title-updated', retitle, 'Your bank — log in', false);
    expect(retitle.defaultPrevented).toBe(true);
    expect(run.child.getTitle()).toBe(`Sign in — ${origin}/idp/signin`);
    expect(fakeElectron.navigate(run.child.webContents, 'https://idp.example/login?step=2')).toBe(true);
    expect(run.child.getTitle()).toBe('Sign in — https://idp.example/login');
    run.child.close();
    await run.result;
  });

  it('lets the sign-in move between http(s) pages, and stops everything else', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    expect(fakeElectron.navigate(run.child.webContents, 'https://idp.example/mfa')).toBe(true);
    expect(fakeElectron.redirect(run.child.webContents, 'https://idp.example/callback')).toBe(true);
    expect(fakeElectron.navigate(run.child.webContents, 'file:///etc/passwd')).toBe(false);
    expect(fakeElectron.navigate(run.child.webContents, 'app://parley/index.html')).toBe(false);
    // Nothing opens from the identity provider's pages, and the opener opens only the sign-in page.
    expect(fakeElectron.openPopup(run.child, { url: 'https://idp.example/help', frameName: '' })).toBeNull();
    expect(fakeElectron.openPopup(run.opener, { url: 'https://elsewhere.example/', frameName: '' })).toBeNull();
    const webview = new FakeEvent();
    run.child.webContents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    run.child.close();
    await run.result;
  });

  it('closing it cancels, in words, and both windows go with their session\'s data', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    run.child.close();
    expect(await run.result).toEqual({ ok: false, error: { code: 'sso_failed', reason: 'cancelled', message: cancelledText, wording: 'ssoCancelled' } });
    expect(run.opener.isDestroyed()).toBe(true);
    expect(fakeElectron.windows).toEqual([mainWindow()]);
    expect((run.opener.webContents.session as FakeSession).storageClears).toBe(1);
  });
});

describe('the token comes back to main only', () => {
  it('popup flow: the node\'s final message, passed on by the opener page and stopped before it loads', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    const { completeUrl, answer } = await signInAtIdp(run.signInUrl, 'pia@example.com');
    expect(fakeElectron.navigate(run.child.webContents, completeUrl)).toBe(true);
    const posted = JSON.parse(/postMessage\((\{.*?\}), '\*'\)/.exec(await answer.text())?.[1] ?? 'null') as { result: string; token: string };
    expect(posted.result).toBe('success');
    const token = posted.token;

    // Another window's message, or the child's from another origin, is not passed on.
    run.page.postFromStranger(posted, new URL(sim.url).origin);
    run.page.postFromChild(posted, 'https://evil.example');
    expect(run.page.navigations).toEqual([]);

    run.page.postFromChild(posted, new URL(sim.url).origin);
    expect(run.page.navigations).toHaveLength(1);
    expect(run.page.navigations[0]).toMatch(/^https:\/\/parley-sso\.invalid\/message#/);
    // Stopped before it loaded: the opener never arrives there.
    expect(run.opener.webContents.getURL()).toMatch(/^data:text\/html/);

    const result = await run.result;
    expect(result).toMatchObject({ ok: true, value: { displayName: 'pia@example.com', alias: 'meet.sso' } });
    expect(run.child.isDestroyed()).toBe(true);
    expect(run.opener.isDestroyed()).toBe(true);
    // The meeting's events do reach the renderer (so the check below looks at real traffic).
    await until(() => mainWindow().webContents.sent.some((message) => JSON.stringify(message).includes('pia@example.com')), 'the roster reaches the renderer');
    expect(rendererSaw(result)).not.toContain(token);
  });

  it('redirect flow: the redirect to main\'s target is caught before it loads and carries the token', async () => {
    const run = await startSignIn('meet.sso-redirect', redirectIdp);
    const { completeUrl, answer } = await signInAtIdp(run.signInUrl, 'rio@example.com');
    expect(fakeElectron.navigate(run.child.webContents, completeUrl)).toBe(true);
    expect(answer.status).toBe(302);
    const location = answer.headers.get('location') ?? '';
    expect(location).toMatch(/^https:\/\/parley-sso\.invalid\/return\?token=/);
    const token = new URL(location).searchParams.get('token') ?? '';
    expect(token).not.toBe('__pexip-sso-token__');

    expect(fakeElectron.redirect(run.child.webContents, location)).toBe(false);
    const result = await run.result;
    expect(result).toMatchObject({ ok: true, value: { displayName: 'rio@example.com', alias: 'meet.sso-redirect' } });
    expect(run.child.webContents.getURL()).not.toContain(token);
    expect(rendererSaw(result)).not.toContain(token);
  });

  it('a refusal posted by the final page is "the identity provider did not sign you in"', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    run.page.postFromChild({ result: 'failed' }, new URL(sim.url).origin);
    expect(await run.result).toMatchObject({ ok: false, error: { code: 'sso_failed', reason: 'refused' } });
    expect(run.child.isDestroyed()).toBe(true);
  });

  it('a message that is no hand-back (any page may post) is ignored and the window stays', async () => {
    const run = await startSignIn('meet.sso', popupIdp);
    run.page.postFromChild({ hello: 'world' }, new URL(sim.url).origin);
    expect(run.child.isDestroyed()).toBe(false);
    run.child.close();
    expect(await run.result).toMatchObject({ ok: false, error: { reason: 'cancelled' } });
  });
});
