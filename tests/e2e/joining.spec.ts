// Join outcomes a person meets on the join screen, and being disconnected.
import { expect, openParley, test } from './fixtures';

test('a wrong PIN on meet.pin is explained, and the right one joins', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.pin', name: 'Pat', join: false });
  await page.getByLabel('PIN').fill('0000');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('alert')).toContainText(/PIN/i);
  await expect(page.getByRole('button', { name: 'Leave' })).toHaveCount(0);

  await page.getByLabel('PIN').fill('1234');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Pat' })).toContainText('Host');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('meet.pin without a PIN asks for one', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.pin', name: 'Quinn' });
  await expect(page.getByRole('alert')).toContainText(/PIN/i);
  await expect(page.getByLabel('PIN')).toBeFocused();
  await page.getByLabel('PIN').fill('5678');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Quinn' })).toContainText('Guest');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('a guest joins meet.guest without a PIN', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Gina Guest' });
  const roster = page.getByRole('region', { name: 'Participants' });
  await expect(roster.getByRole('listitem').filter({ hasText: 'Gina Guest' })).toContainText('Guest');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('an unknown meeting is explained and nothing typed is lost', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.nowhere', name: 'Nora' });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Meeting')).toHaveValue('meet.nowhere');
  await expect(page.getByLabel('Your name')).toHaveValue('Nora');
  await page.context().close();
});

test('being disconnected shows the reason, and Rejoin joins again', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Dana' });
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await sim.post('/_sim/disconnect', { alias: 'meet.alice', displayName: 'Dana', reason: 'Disconnected by an administrator' });
  await expect(page.getByText('Disconnected by an administrator')).toBeVisible();
  await page.getByRole('button', { name: 'Rejoin' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Participants' })).toContainText('Dana');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('a Virtual Reception asks which meeting to join and takes you there', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.reception', name: 'Rita' });
  const extension = page.getByLabel('Meeting extension');
  await expect(extension).toBeVisible();
  await extension.fill('meet.alice');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  await expect
    .poll(async () => (await sim.state()).rooms.find((room) => room.alias === 'meet.alice')?.participants.map((p) => p.display_name))
    .toContain('Rita');
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});
