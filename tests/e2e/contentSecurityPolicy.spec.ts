// The renderer under the CSP the host sends as a header (the same policy as the app:// handler's):
// the page is styled by its own sheets, and joining a meeting raises no violation.
import { expect, parleyUrl, test } from './fixtures';

/** The page side, without the DOM library (see pageTypes.ts). */
interface ViolationEvent {
  violatedDirective: string;
  blockedURI: string;
}
interface RecordingPage {
  cspViolations?: string[];
  document: { addEventListener(type: 'securitypolicyviolation', listener: (event: ViolationEvent) => void): void };
}

test('the app renders and joins under the header CSP with no violation', async ({ browser, sim, hostUrl }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const page = globalThis as unknown as RecordingPage;
    const seen: string[] = [];
    page.cspViolations = seen;
    page.document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const response = await page.goto(parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Cyd', join: false }));
  expect(response?.headers()['content-security-policy']).toContain("style-src-elem 'self'; style-src-attr 'unsafe-inline'");
  // The join button's look comes from the app's own stylesheet (bold), which the policy lets in.
  const join = page.getByRole('button', { name: 'Join' });
  await expect(join).toHaveCSS('font-weight', '600');
  await join.click();
  await expect(page.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Cyd' })).toBeVisible();
  expect(await page.evaluate(() => (globalThis as unknown as RecordingPage).cspViolations)).toEqual([]);
  await page.getByRole('button', { name: 'Leave' }).click();
  await context.close();
});
