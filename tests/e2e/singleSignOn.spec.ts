// Single sign-on through the browser host: the join screen offers the identity provider, the
// host's sign-in window runs the simulator's sign-in page (standing in for the identity provider)
// and takes the sso token back (popup flow: the node's final message; redirect flow: the redirect
// to the host's target), and the join ends in the meeting. The sso token never appears in a
// bridge frame, which is everything the renderer sends or receives.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './chromiumLaunch';
import { recordBridgeFrames, type BridgeFrames } from './bridgeFrames';
import { expect, parleyUrl, test } from './fixtures';

interface SignInRun {
  page: Page;
  frames: BridgeFrames;
  /** The identity provider's page, once the sign-in window opened it. */
  idpPage: Promise<Page>;
  /** sso tokens the node issued, read from its answers (final page or redirect). */
  issuedTokens: string[];
}

/** Reads each sso token the node issues, from its answer to the sign-in (final page or redirect). */
async function watchIssuedTokens(context: BrowserContext, tokens: string[]): Promise<void> {
  await context.route('**/idp/complete*', async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers().location;
    const token = location ? new URL(location).searchParams.get('token') : /id="sso-token">([^<]+)</.exec(await response.text())?.[1];
    if (token) tokens.push(token);
    await route.fulfill({ response });
  });
}

async function startSignIn(browser: import('@playwright/test').Browser, url: string, provider: string): Promise<SignInRun> {
  const context = await browser.newContext();
  const issuedTokens: string[] = [];
  await watchIssuedTokens(context, issuedTokens);
  const page = await context.newPage();
  const frames = recordBridgeFrames(page);
  await page.goto(url);
  const button = page.getByRole('button', { name: `Sign in with ${provider}` });
  await expect(button).toBeVisible();
  await page.getByLabel('Your name').fill('Typed Name');
  // Every page the context opens is watched, so the sign-in window and its child cannot race past us.
  const idpPage = new Promise<Page>((resolve) => {
    context.on('page', (opened) => {
      opened.waitForURL(/\/idp\/signin/).then(() => resolve(opened), () => undefined);
    });
  });
  await button.click();
  return { page, frames, idpPage, issuedTokens };
}

function expectTokenNeverInFrames(run: SignInRun): void {
  expect(run.issuedTokens.length).toBeGreaterThan(0);
  const frames = run.frames.raw();
  expect(frames.length).toBeGreaterThan(0);
  for (const token of run.issuedTokens) {
    for (const frame of frames) expect(frame.includes(token)).toBe(false);
  }
}

test('SSO popup flow: Sign in with the provider, sign in in the window, and join the meeting', async ({ browser, sim, hostUrl }) => {
  const run = await startSignIn(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Sid' }), 'Parley Test IdP');
  const idp = await run.idpPage;
  await idp.getByLabel('User name').fill('sid@example.com');
  await idp.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(run.page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(run.page.getByRole('region', { name: 'Participants' })).toContainText('sid@example.com');
  expectTokenNeverInFrames(run);
  expect(run.frames.commands('joinWithSso')).toHaveLength(1);
  await run.page.getByRole('button', { name: 'Leave' }).click();
  await run.page.context().close();
});

test('SSO redirect flow (disable_popup_flow): the redirect to the host target carries the token into the meeting', async ({ browser, sim, hostUrl }) => {
  const run = await startSignIn(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.sso-redirect', name: 'Ria' }), 'Parley Redirect IdP');
  const idp = await run.idpPage;
  await idp.getByLabel('User name').fill('ria@example.com');
  await idp.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(run.page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(run.page.getByRole('region', { name: 'Participants' })).toContainText('ria@example.com');
  expectTokenNeverInFrames(run);
  await run.page.getByRole('button', { name: 'Leave' }).click();
  await run.page.context().close();
});

test('closing the sign-in window cancels, in words, and keeps what was typed', async ({ browser, sim, hostUrl }) => {
  const run = await startSignIn(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Cy' }), 'Parley Test IdP');
  const idp = await run.idpPage;
  await idp.close();
  await expect(run.page.getByRole('alert')).toHaveText('Sign-in was cancelled. Sign in again to join.');
  await expect(run.page.getByLabel('Meeting')).toHaveValue('meet.sso');
  await expect(run.page.getByLabel('Your name')).toHaveValue('Typed Name');
  await expect(run.page.getByRole('button', { name: 'Sign in with Parley Test IdP' })).toBeVisible();
  await run.page.context().close();
});

test('an identity provider that refuses is explained', async ({ browser, sim, hostUrl }) => {
  const run = await startSignIn(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Rex' }), 'Parley Test IdP');
  const idp = await run.idpPage;
  await idp.getByRole('button', { name: 'Refuse sign-in' }).click();
  await expect(run.page.getByRole('alert')).toHaveText(
    'The identity provider did not sign you in. Check your account, or ask your administrator.',
  );
  await expect(run.page.getByRole('button', { name: 'Leave' })).toHaveCount(0);
  await run.page.context().close();
});

test('an assertion the node rejects is explained, and what was typed stays', async ({ browser, sim, hostUrl }) => {
  const run = await startSignIn(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Ada' }), 'Parley Test IdP');
  const idp = await run.idpPage;
  await idp.getByLabel('User name').fill('ada@example.com');
  await idp.getByRole('button', { name: 'Sign in with an assertion the node rejects' }).click();
  await expect(run.page.getByRole('alert')).toHaveText('The meeting server did not accept your sign-in. Sign in again, or ask your administrator.');
  await expect(run.page.getByLabel('Your name')).toHaveValue('Typed Name');
  await expect(run.page.getByRole('button', { name: 'Sign in with Parley Test IdP' })).toBeVisible();
  await expect(run.page.getByRole('button', { name: 'Leave' })).toHaveCount(0);
  expectTokenNeverInFrames(run);
  await run.page.context().close();
});

test('a sign-in whose token expired before use is explained', async ({ browser, sim, hostUrl }) => {
  await sim.post('/_sim/sso_token_lifetime', { ms: 0 });
  try {
    const run = await startSignIn(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.sso-redirect', name: 'Eve' }), 'Parley Redirect IdP');
    const idp = await run.idpPage;
    await idp.getByLabel('User name').fill('eve@example.com');
    await idp.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(run.page.getByRole('alert')).toHaveText('Your sign-in expired before it could be used. Sign in again.');
    await expect(run.page.getByLabel('Meeting')).toHaveValue('meet.sso-redirect');
    expectTokenNeverInFrames(run);
    await run.page.context().close();
  } finally {
    await sim.post('/_sim/sso_token_lifetime', { ms: null });
  }
});

test('the identity provider\'s picture shows on its button: fetched by the core, decoded from a data: URL the CSP allows', async ({ browser, sim, hostUrl }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Ivy' }));
  const picture = page.getByRole('button', { name: 'Sign in with Parley Test IdP' }).locator('img');
  await expect(picture).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  // Decoded: the simulator's 96x96 logo, not a broken image.
  await expect.poll(() => picture.evaluate((image) => { const shown = image as unknown as { complete: boolean; naturalWidth: number }; return shown.complete && shown.naturalWidth; })).toBe(96);
  expect(blocked).toEqual([]);
  await context.close();
});

test('with a popup blocker, each blocked window is one click away and the sign-in still ends in the meeting', async ({ sim, hostUrl }) => {
  // Playwright turns Chromium's popup blocker off by default; this browser keeps it on.
  const guarded = await chromium.launch({
    ...(chromiumExecutablePath ? { executablePath: chromiumExecutablePath } : {}),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-popup-blocking'],
  });
  try {
    const context = await guarded.newContext();
    const page = await context.newPage();
    const frames = recordBridgeFrames(page);
    await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.sso', name: 'Bea' }));
    const signIn = page.getByRole('button', { name: 'Sign in with Parley Test IdP' });
    await expect(signIn).toBeVisible();
    // Slow answers (two request_tokens of 3 s) outlast the click's activation (5 s in Chromium), so the
    // host's request for its window comes too late for the blocker to allow it.
    await sim.post('/_sim/delay', { ms: 3_000 });
    let opened = 0;
    context.on('page', () => (opened += 1));
    try {
      await signIn.click();
      // Watched from the test's side only: anything Playwright evaluates in the page counts as a
      // user gesture there, which would let the blocked window through.
      await expect.poll(() => frames.raw().some((frame) => frame.includes('"sso_sign_in_window"')), { timeout: 30_000 }).toBe(true);
    } finally {
      await sim.post('/_sim/delay', { ms: 0 });
    }
    // Let the page handle the event before anything looks at it.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(page.getByRole('status').filter({ hasText: 'The browser blocked the sign-in window.' })).toBeVisible();
    expect(opened).toBe(0);

    const hostWindowOpens = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Open the sign-in window' }).click();
    const hostWindow = await hostWindowOpens;
    await expect(hostWindow.getByText('Signing in at')).toBeVisible();
    // The host window's own window.open on load had no click behind it: blocked, so it offers one.
    const continueButton = hostWindow.getByRole('button', { name: 'Continue to sign in' });
    await expect(continueButton).toBeVisible();
    expect(opened).toBe(1);

    const idpOpens = context.waitForEvent('page');
    await continueButton.click();
    const idp = await idpOpens;
    await idp.waitForURL(/\/idp\/signin/);
    await idp.getByLabel('User name').fill('bea@example.com');
    await idp.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Participants' })).toContainText('bea@example.com');
    expect(frames.commands('joinWithSso')).toHaveLength(1);
    await page.getByRole('button', { name: 'Leave' }).click();
    await context.close();
  } finally {
    await guarded.close();
  }
});
