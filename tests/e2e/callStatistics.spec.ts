// "Call statistics" shows what the call carries: with two people in meet.alice, the inbound video
// row has a non-zero bitrate and frame rate, read from the panel the way a person reads it.
import type { Locator } from '@playwright/test';
import { expect, expectMeetingVideoFlowing, openParley, test } from './fixtures';

/** The number at the start of a cell ("812 kbit/s", "1.20 Mbit/s", "30"); NaN for a dash. */
async function cellNumber(cell: Locator): Promise<number> {
  const text = (await cell.textContent()) ?? '';
  const value = Number.parseFloat(text);
  return /Mbit/.test(text) ? value * 1000 : value;
}

test('the call statistics panel shows inbound video bitrate and frames per second', async ({ browser, sim, hostUrl }) => {
  const alice = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Stats' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Stats' });
  await expectMeetingVideoFlowing(alice);

  const toggle = alice.getByRole('button', { name: 'Call statistics', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = alice.getByRole('region', { name: 'Call statistics' });
  await expect(panel).toBeVisible();

  const headers = await panel.getByRole('columnheader').allTextContents();
  const column = (name: string) => headers.findIndex((header) => header.trim() === name) - 1;
  const videoIn = panel.getByRole('row', { name: /^Video in/ });
  const bitrate = videoIn.getByRole('cell').nth(column('Bitrate'));
  const fps = videoIn.getByRole('cell').nth(column('Frames per second'));
  await expect.poll(() => cellNumber(bitrate), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => cellNumber(fps), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(videoIn.getByRole('cell').nth(column('Codec'))).not.toHaveText('—');
  await expect(videoIn.getByRole('cell').nth(column('Resolution'))).toHaveText(/^\d+×\d+$/);

  // Your connection beside your name, once the first samples are in.
  const self = alice.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: '(you)' });
  await expect(self).toContainText(/Connection (good|fair|poor)/);

  await panel.getByRole('button', { name: 'Close call statistics' }).click();
  await expect(panel).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await alice.context().close();
  await bob.context().close();
});
