// Two people in meet.alice: each sees and hears the other, chats, sees mutes, and leaving is seen.
// The same meeting runs in meet.quirks, whose node sends an older Infinity's shapes ("True"/"False"
// flags, stun [{"url": ""}], '+' in tokens, null event data).
import type { Browser } from '@playwright/test';
import { expect, expectMeetingVideoFlowing, openParley, test, type SimulatorControl } from './fixtures';

test('two people join meet.alice, see each other, chat, mute and leave', async ({ browser, sim, hostUrl }) => {
  await twoPersonMeeting(browser, sim, hostUrl, 'meet.alice');
});

test('the two-person meeting works against an older node (meet.quirks)', async ({ browser, sim, hostUrl }) => {
  await twoPersonMeeting(browser, sim, hostUrl, 'meet.quirks');
});

async function twoPersonMeeting(browser: Browser, sim: SimulatorControl, hostUrl: string, alias: string): Promise<void> {
  const alice = await openParley(browser, hostUrl, sim.url, { alias, name: 'Alice Example' });
  const bob = await openParley(browser, hostUrl, sim.url, { alias, name: 'Bob Example' });

  // Both decode the other's video on the element they look at.
  await expectMeetingVideoFlowing(alice);
  await expectMeetingVideoFlowing(bob);

  // Each sees the other in Participants, with the role.
  const aliceRoster = alice.getByRole('region', { name: 'Participants' });
  const bobRoster = bob.getByRole('region', { name: 'Participants' });
  await expect(aliceRoster.getByRole('listitem').filter({ hasText: 'Bob Example' })).toContainText('Host');
  await expect(bobRoster.getByRole('listitem').filter({ hasText: 'Alice Example' })).toContainText('Host');

  // Chat both ways.
  const aliceChat = alice.getByRole('region', { name: 'Chat' });
  const bobChat = bob.getByRole('region', { name: 'Chat' });
  await aliceChat.getByRole('textbox', { name: 'Message' }).fill('Hello from Alice');
  await aliceChat.getByRole('button', { name: 'Send' }).click();
  await expect(bobChat).toContainText('Hello from Alice');
  await expect(bobChat).toContainText('Alice Example');
  await bobChat.getByRole('textbox', { name: 'Message' }).fill('Hi Alice, Bob here');
  await bobChat.getByRole('textbox', { name: 'Message' }).press('Enter');
  await expect(aliceChat).toContainText('Hi Alice, Bob here');

  // A mute shows in the other's list, and unmuting clears it.
  const bobAsSeenByAlice = aliceRoster.getByRole('listitem').filter({ hasText: 'Bob Example' });
  await expect(bobAsSeenByAlice).not.toContainText('Muted');
  await bob.getByRole('button', { name: 'Mute microphone' }).click();
  await expect(bob.getByRole('button', { name: 'Unmute microphone' })).toBeVisible();
  await expect(bobAsSeenByAlice).toContainText('Muted');
  await bob.getByRole('button', { name: 'Unmute microphone' }).click();
  await expect(bobAsSeenByAlice).not.toContainText('Muted');

  // Leave removes Bob from Alice's list and from the node.
  await bob.getByRole('button', { name: 'Leave' }).click();
  await expect(bobAsSeenByAlice).toHaveCount(0);
  await expect(bob.getByRole('button', { name: 'Join' })).toBeVisible();
  await expect
    .poll(async () => (await sim.state()).rooms.find((room) => room.alias === alias)?.participants.map((p) => p.display_name))
    .toEqual(['Alice Example']);

  await alice.getByRole('button', { name: 'Leave' }).click();
  await alice.context().close();
  await bob.context().close();
}

test('a server string is shown as text, never as markup', async ({ browser, sim, hostUrl }) => {
  const markup = '<img src=x onerror="document.title=\'pwned\'">';
  const viewer = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Viewer' });
  await expect(viewer.getByRole('button', { name: 'Leave' })).toBeVisible();
  const sender = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: markup });
  const chat = sender.getByRole('region', { name: 'Chat' });
  await chat.getByRole('textbox', { name: 'Message' }).fill(markup);
  await chat.getByRole('button', { name: 'Send' }).click();

  const viewerChat = viewer.getByRole('region', { name: 'Chat' });
  await expect(viewerChat).toContainText(markup);
  await expect(viewer.getByRole('region', { name: 'Participants' })).toContainText(markup);
  await expect(viewer.locator('img[src="x"]')).toHaveCount(0);
  expect(await viewer.title()).not.toBe('pwned');

  await sender.context().close();
  await viewer.context().close();
});
