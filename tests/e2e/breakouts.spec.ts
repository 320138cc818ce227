// Breakout rooms with three people on the simulator (meet.guest: one host, two guests). A host opens
// two rooms with automatic assignment; each guest lands in a room, is told so and decodes that room's
// media; the host sees both rosters, answers a help request, moves a guest, joins a room and comes
// back, and closes all rooms: everyone is back in the main room with media flowing and the main
// room's chat intact. A room with a short timer then ends by itself with its end action.
import type { Page } from '@playwright/test';
import { expect, expectMeetingVideoFlowing, openParley, test } from './fixtures';

const roomNames = ['Room 1', 'Room 2'] as const;

/** Where a person is told they are ("You are in Room 2"), shown while in a breakout room. */
function whereAmI(page: Page) {
  return page.getByRole('region', { name: 'Your breakout room' }).getByText(/^You are in /);
}

async function roomOf(page: Page): Promise<string> {
  const text = await whereAmI(page).textContent();
  return (text ?? '').replace('You are in ', '').trim();
}

async function expectStillInMeeting(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Leave', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rejoin' })).toHaveCount(0);
  await expect(page.getByText('Disconnected')).toHaveCount(0);
}

test('a host runs breakout rooms for two guests, and a timed room ends by itself', async ({ browser, sim, hostUrl }) => {
  test.setTimeout(300_000);
  const host = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Hana Host', pin: '1234' });
  const gus = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Gus Guest' });
  const gwen = await openParley(browser, hostUrl, sim.url, { alias: 'meet.guest', name: 'Gwen Guest' });
  const guests = [gus, gwen];
  for (const page of [host, ...guests]) await expectMeetingVideoFlowing(page);

  // Something in the main room's chat that a move must not lose.
  const hostChat = host.getByRole('region', { name: 'Chat' });
  await hostChat.getByRole('textbox', { name: 'Message' }).fill('Off to the breakout rooms');
  await hostChat.getByRole('button', { name: 'Send' }).click();
  for (const page of guests) await expect(page.getByRole('region', { name: 'Chat' })).toContainText('Off to the breakout rooms');

  // Guests have no breakout panel; the host does.
  for (const page of guests) await expect(page.getByRole('region', { name: 'Breakout rooms' })).toHaveCount(0);
  const panel = host.getByRole('region', { name: 'Breakout rooms' });
  await panel.getByRole('button', { name: 'Show breakout rooms' }).click();
  await expect(panel.getByRole('spinbutton', { name: 'Number of rooms' })).toHaveValue('2');
  await panel.getByRole('button', { name: 'Open rooms' }).click();

  // Each guest lands in a room of their own (automatic assignment deals them out evenly), without a
  // disconnection, with the main room's chat, decoding that room's media.
  for (const page of guests) {
    await expect(whereAmI(page)).toHaveText(/^You are in Room [12]$/);
    // Screen readers hear it too.
    await expect(page.getByRole('status').filter({ hasText: /^You are in Room [12]$/ })).toHaveCount(1);
    await expectStillInMeeting(page);
    await expect(page.getByRole('region', { name: 'Chat' })).toContainText('Off to the breakout rooms');
    await expectMeetingVideoFlowing(page);
  }
  const gusRoom = await roomOf(gus);
  const gwenRoom = await roomOf(gwen);
  expect(new Set([gusRoom, gwenRoom])).toEqual(new Set(roomNames));

  // The host sees both rosters.
  const roster = (room: string) => panel.getByRole('list', { name: `People in ${room}` });
  await expect(roster(gusRoom)).toContainText('Gus Guest');
  await expect(roster(gwenRoom)).toContainText('Gwen Guest');

  // A guest asks for help; the host sees it and clears it.
  await gus.getByRole('button', { name: 'Ask for help' }).click();
  await expect(gus.getByRole('button', { name: 'Cancel help request' })).toBeVisible();
  const gusCard = panel.getByRole('region', { name: gusRoom });
  await expect(gusCard.getByText('Help requested')).toBeVisible();
  await expect(panel.getByRole('region', { name: gwenRoom }).getByText('Help requested')).toHaveCount(0);
  await gusCard.getByRole('button', { name: `Clear help request in ${gusRoom}` }).click();
  await expect(gusCard.getByText('Help requested')).toHaveCount(0);
  await expect(gus.getByRole('button', { name: 'Ask for help' })).toBeVisible();

  // The host moves Gus into Gwen's room: both rosters follow, and Gus decodes that room's media.
  await gusCard.getByRole('combobox', { name: 'Move Gus Guest' }).selectOption({ label: gwenRoom });
  await expect(whereAmI(gus)).toHaveText(`You are in ${gwenRoom}`);
  await expect(roster(gwenRoom)).toContainText('Gus Guest');
  await expect(roster(gusRoom)).not.toContainText('Gus Guest');
  await expectStillInMeeting(gus);
  await expectMeetingVideoFlowing(gus);

  // The host joins that room (their media moves there) and comes back.
  await panel.getByRole('button', { name: `Join ${gwenRoom}` }).click();
  await expect(whereAmI(host)).toHaveText(`You are in ${gwenRoom}`);
  await expectStillInMeeting(host);
  await expectMeetingVideoFlowing(host);
  await panel.getByRole('button', { name: 'Return to main room' }).click();
  await expect(whereAmI(host)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: `Join ${gwenRoom}` })).toBeVisible();

  // Close all rooms: the confirmation says where people go; everyone is back with media flowing.
  await panel.getByRole('button', { name: 'Close all rooms' }).click();
  const confirm = host.getByRole('alertdialog', { name: 'Close all breakout rooms?' });
  await expect(confirm).toContainText('go back to the main room');
  await confirm.getByRole('button', { name: 'Close all rooms' }).click();
  for (const page of guests) {
    await expect(whereAmI(page)).toHaveCount(0);
    await expectStillInMeeting(page);
    await expect(page.getByRole('region', { name: 'Chat' })).toContainText('Off to the breakout rooms');
  }
  await expect(panel.getByRole('button', { name: 'Open rooms' })).toBeVisible();
  for (const page of [host, ...guests]) await expectMeetingVideoFlowing(page);
  const mainRoster = host.getByRole('region', { name: 'Participants' });
  await expect(mainRoster).toContainText('Gus Guest');
  await expect(mainRoster).toContainText('Gwen Guest');

  // A room with a short timer, Gus assigned by hand: it ends by itself and he is back in the main room.
  await panel.getByRole('spinbutton', { name: 'Number of rooms' }).fill('1');
  await panel.getByRole('textbox', { name: 'Name of room 1' }).fill('Quick chat');
  await panel.getByRole('spinbutton', { name: 'Duration in minutes (optional)' }).fill('0.15');
  await panel.getByRole('radio', { name: 'By hand' }).check();
  await panel.getByRole('searchbox', { name: 'Find a person' }).fill('gus');
  await expect(panel.getByRole('combobox', { name: 'Room for Gwen Guest' })).toHaveCount(0);
  await panel.getByRole('combobox', { name: 'Room for Gus Guest' }).selectOption({ label: 'Quick chat' });
  await panel.getByRole('button', { name: 'Open rooms' }).click();
  await expect(whereAmI(gus)).toHaveText('You are in Quick chat');
  await expect(gus.getByRole('region', { name: 'Your breakout room' }).getByText(/^Time left \d+:\d\d$/)).toBeVisible();
  await expect(whereAmI(gwen)).toHaveCount(0);
  await expect(whereAmI(gus)).toHaveCount(0, { timeout: 30_000 });
  await expectStillInMeeting(gus);
  await expect(panel.getByRole('button', { name: 'Open rooms' })).toBeVisible();
  await expectMeetingVideoFlowing(gus);

  for (const page of [gus, gwen, host]) await page.context().close();
});
