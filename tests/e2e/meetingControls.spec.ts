// In-meeting controls end to end: waiting room and admit, host mute, raised hands, live captions,
// direct messages and a conference-scale roster, each as the people in the meeting see it.
import type { Page } from '@playwright/test';
import { expect, openParley, test } from './fixtures';

const host = { alias: 'meet.guest', pin: '1234' };

async function leave(...pages: Page[]): Promise<void> {
  for (const page of pages) {
    const button = page.getByRole('button', { name: 'Leave' });
    if (await button.isVisible()) await button.click();
    await page.context().close();
  }
}

function roster(page: Page) {
  return page.getByRole('region', { name: 'Participants' });
}

/** The people in the roster, without its group headings (which are list items too). */
function people(page: Page) {
  return roster(page).getByRole('listitem').filter({ hasNot: page.getByRole('heading') });
}

function row(page: Page, name: string) {
  return roster(page).getByRole('listitem').filter({ hasText: name });
}

async function chooseAction(page: Page, name: string, action: string): Promise<void> {
  await roster(page).getByRole('button', { name: `More actions for ${name}` }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: action, exact: true }).click();
}

test('a host locks the meeting, a guest waits, and the host admits them', async ({ browser, sim, hostUrl }) => {
  const hana = await openParley(browser, hostUrl, sim.url, { ...host, name: 'Hana Lock' });
  await hana.getByRole('button', { name: 'Lock meeting' }).click();
  await expect(hana.getByRole('button', { name: 'Unlock meeting' })).toBeVisible();

  const gil = await openParley(browser, hostUrl, sim.url, { alias: host.alias, name: 'Gil Newcomer' });
  await expect(gil.getByText('Waiting for a host to let you in…')).toBeVisible();
  // A guest held in the waiting room is offered no meeting controls.
  await expect(gil.getByRole('button', { name: 'Raise hand' })).toHaveCount(0);
  await expect(row(hana, 'Gil Newcomer')).toContainText('Waiting');
  await expect(roster(hana).getByRole('heading', { name: /Waiting to be admitted/ })).toBeVisible();

  await chooseAction(hana, 'Gil Newcomer', 'Admit');
  await expect(gil.getByText('Waiting for a host to let you in…')).toHaveCount(0);
  await expect(row(hana, 'Gil Newcomer')).not.toContainText('Waiting');
  await expect(gil.getByRole('button', { name: 'Raise hand' })).toBeVisible();

  await hana.getByRole('button', { name: 'Unlock meeting' }).click();
  await expect(hana.getByRole('button', { name: 'Lock meeting' })).toBeVisible();
  await leave(gil, hana);
});

test('a host mutes a guest, the guest raises a hand, the host sees it first and lowers it', async ({ browser, sim, hostUrl }) => {
  const hana = await openParley(browser, hostUrl, sim.url, { ...host, name: 'Hana Mute' });
  const gus = await openParley(browser, hostUrl, sim.url, { alias: host.alias, name: 'Gus Guest' });
  await expect(row(hana, 'Gus Guest')).toBeVisible();

  // A guest sees no host controls, and only "Message" for others.
  await expect(gus.getByRole('button', { name: 'Raise hand' })).toBeVisible();
  await expect(gus.getByRole('button', { name: 'Lock meeting' })).toHaveCount(0);
  await expect(gus.getByRole('button', { name: 'Mute all guests' })).toHaveCount(0);
  await roster(gus).getByRole('button', { name: 'More actions for Hana Mute' }).click();
  await expect(gus.getByRole('menu').getByRole('menuitem')).toHaveText(['Message']);
  await gus.keyboard.press('Escape');

  await expect(row(gus, 'Gus Guest')).not.toContainText('Muted');
  await chooseAction(hana, 'Gus Guest', 'Mute');
  await expect(row(gus, 'Gus Guest')).toContainText('Muted');
  await expect(row(hana, 'Gus Guest')).toContainText('Muted');
  await chooseAction(hana, 'Gus Guest', 'Unmute');
  await expect(row(gus, 'Gus Guest')).not.toContainText('Muted');

  await gus.getByRole('button', { name: 'Raise hand' }).click();
  await expect(gus.getByRole('button', { name: 'Lower hand' })).toBeVisible();
  const first = people(hana).first();
  await expect(first).toContainText('Gus Guest');
  await expect(first).toContainText('Hand raised');
  await expect(roster(hana).getByRole('heading', { level: 3 }).first()).toContainText('Raised hands');

  await chooseAction(hana, 'Gus Guest', 'Lower hand');
  await expect(gus.getByRole('button', { name: 'Raise hand' })).toBeVisible();
  await expect(row(hana, 'Gus Guest')).not.toContainText('Hand raised');
  await expect(people(hana).first()).toContainText('Hana Mute');
  await leave(gus, hana);
});

test('captions show the partial line replaced by the final one with the speaker, and stop when hidden', async ({ browser, sim, hostUrl }) => {
  const hana = await openParley(browser, hostUrl, sim.url, { ...host, name: 'Hana Captions' });
  await hana.getByRole('button', { name: 'Show captions' }).click();
  const captions = hana.getByRole('region', { name: 'Captions' });
  await expect(captions).toBeVisible();

  // The script's first utterance: a partial (lower case, half the words), then the final sentence.
  await expect(captions).toContainText('Good morning everyone, thanks for joining.', { timeout: 20_000 });
  await expect(captions).toContainText('Hana Captions:');
  await expect(captions).not.toContainText('good morning everyone', { ignoreCase: false });
  await expect(captions.getByText('Good morning everyone, thanks for joining.')).toHaveCount(1);

  await hana.getByRole('button', { name: 'Caption history' }).click();
  await expect(hana.getByRole('region', { name: 'Caption history' })).toContainText('Hana Captions: Good morning everyone, thanks for joining.');
  const download = hana.waitForEvent('download');
  await hana.getByRole('button', { name: 'Save captions' }).click();
  expect((await download).suggestedFilename()).toMatch(/^captions-.*\.txt$/);

  await hana.getByRole('button', { name: 'Hide captions' }).click();
  await expect(captions).toHaveCount(0);
  await expect(hana.getByRole('button', { name: 'Show captions' })).toBeVisible();
  await leave(hana);
});

test('captions are not offered where the meeting has none', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.nocaptions', name: 'Nadia' });
  await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
  const show = page.getByRole('button', { name: 'Show captions' });
  // The room reports captions as unavailable, so the control is not offered at all.
  await expect(show).toHaveCount(0);
  await leave(page);
});

test('a direct message reaches only its recipient', async ({ browser, sim, hostUrl }) => {
  const hana = await openParley(browser, hostUrl, sim.url, { ...host, name: 'Hana Direct' });
  const dora = await openParley(browser, hostUrl, sim.url, { alias: host.alias, name: 'Dora Direct' });
  const olaf = await openParley(browser, hostUrl, sim.url, { alias: host.alias, name: 'Olaf Other' });
  await expect(row(hana, 'Dora Direct')).toBeVisible();
  await expect(row(hana, 'Olaf Other')).toBeVisible();

  await chooseAction(hana, 'Dora Direct', 'Message');
  const hanaChat = hana.getByRole('region', { name: 'Chat' });
  await expect(hanaChat).toContainText('To Dora Direct only');
  await hanaChat.getByRole('textbox', { name: 'Message' }).fill('Only for Dora, see https://example.com/agenda.');
  await hanaChat.getByRole('button', { name: 'Send' }).click();
  await expect(hanaChat).toContainText('Direct to Dora Direct');

  const doraChat = dora.getByRole('region', { name: 'Chat' });
  await expect(doraChat).toContainText('Only for Dora');
  await expect(doraChat).toContainText('Direct message');
  await expect(doraChat).toContainText('Hana Direct');
  const link = doraChat.getByRole('link', { name: 'https://example.com/agenda' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // A group message after it: once Olaf has that one, he would have had the direct one too.
  await hanaChat.getByRole('button', { name: 'Write to everyone' }).click();
  await hanaChat.getByRole('textbox', { name: 'Message' }).fill('Hello everyone');
  await hanaChat.getByRole('button', { name: 'Send' }).click();
  const olafChat = olaf.getByRole('region', { name: 'Chat' });
  await expect(olafChat).toContainText('Hello everyone');
  await expect(olafChat).not.toContainText('Only for Dora');
  await expect(doraChat).toContainText('Hello everyone');

  // Unread count while the panel is closed.
  await olaf.getByRole('button', { name: 'Hide chat' }).click();
  await hanaChat.getByRole('textbox', { name: 'Message' }).fill('One more');
  await hanaChat.getByRole('button', { name: 'Send' }).click();
  await expect(olaf.getByRole('button', { name: /Show chat\s*1 unread/ })).toBeVisible();
  await leave(olaf, dora, hana);
});

test("a 2,000-participant room's roster is searchable", async ({ browser, sim, hostUrl }) => {
  await sim.post('/_sim/add_participants', { alias: 'meet.auditorium', count: 2000, namePrefix: 'Crowd' });
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.auditorium', pin: '1234', name: 'Ada Auditorium' });
  const participants = roster(page);
  await expect(participants.getByRole('heading', { name: 'Participants (2001)' })).toBeVisible({ timeout: 30_000 });
  // Virtualized: only a screenful of rows is in the page.
  expect(await participants.getByRole('listitem').count()).toBeLessThan(100);

  await participants.getByRole('searchbox', { name: 'Search participants' }).fill('crowd 1234');
  await expect(people(page)).toHaveCount(1);
  await expect(people(page)).toContainText('Crowd 1234');

  await participants.getByRole('searchbox', { name: 'Search participants' }).fill('nobody by this name');
  await expect(people(page)).toHaveCount(0);
  await expect(participants).toContainText('Nobody matches');

  await participants.getByRole('searchbox', { name: 'Search participants' }).fill('');
  const list = participants.getByRole('list', { name: 'Participant list' });
  await list.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(participants.getByRole('listitem').filter({ hasText: 'Crowd 2000' })).toBeVisible();
  await leave(page);
});
