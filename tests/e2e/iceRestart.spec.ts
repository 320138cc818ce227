// A network change under a call: the simulator cuts Alice's media path (/_sim/drop_media), her
// client notices ICE going down, restarts it with an update offer (new ICE credentials), and the
// call comes back in the same meeting: same participant uuid, no call problem, frames flowing.
import type { Browser, Page } from '@playwright/test';
import { recordBridgeFrames, type BridgeFrames } from './bridgeFrames';
import { expect, expectMeetingVideoFlowing, openParley, parleyUrl, test } from './fixtures';

async function openRecorded(browser: Browser, url: string): Promise<{ page: Page; frames: BridgeFrames }> {
  const page = await (await browser.newContext()).newPage();
  const frames = recordBridgeFrames(page);
  await page.goto(url);
  return { page, frames };
}

const ufragOf = (sdp: unknown) => (typeof sdp === 'string' ? (/a=ice-ufrag:(\S+)/.exec(sdp)?.[1] ?? null) : null);

/** The ICE username fragments Alice offered, first the call's, then every update's. */
function offeredUfrags(frames: BridgeFrames): (string | null)[] {
  return frames
    .commands()
    .filter((frame) => frame.command === 'startCall' || frame.command === 'updateCall')
    .map((frame) => ufragOf((frame.arg as { sdp?: unknown } | null)?.sdp));
}

test('a dropped media path recovers by ICE restart in the same meeting', async ({ browser, sim, hostUrl }) => {
  const { page: alice, frames } = await openRecorded(browser, parleyUrl(hostUrl, sim.url, { alias: 'meet.alice', name: 'Alice Restart' }));
  const bob = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Bob Restart' });
  await expectMeetingVideoFlowing(alice);
  await expectMeetingVideoFlowing(bob);
  const uuidOf = async (name: string) =>
    (await sim.state()).rooms.find((room) => room.alias === 'meet.alice')?.participants.find((p) => p.display_name === name)?.uuid;
  const aliceUuid = await uuidOf('Alice Restart');
  expect(aliceUuid).toBeTruthy();
  const firstUfrag = offeredUfrags(frames)[0];
  expect(firstUfrag).toBeTruthy();

  await sim.post('/_sim/drop_media', { alias: 'meet.alice', displayName: 'Alice Restart' });

  // Alice's client offers new ICE credentials (only an ICE restart does), through update.
  await expect
    .poll(() => offeredUfrags(frames).filter((ufrag) => ufrag !== null && ufrag !== firstUfrag).length, { timeout: 45_000 })
    .toBeGreaterThan(0);
  // Frames flow again both ways, in the same call and meeting.
  await expectMeetingVideoFlowing(alice);
  await expectMeetingVideoFlowing(bob);
  expect(frames.commands('startCall')).toHaveLength(1);
  await expect(alice.getByRole('alert')).toHaveCount(0);
  await expect(alice.getByRole('status').filter({ hasText: 'Reconnecting media…' })).toHaveCount(0);
  expect(await uuidOf('Alice Restart')).toBe(aliceUuid);
  await expect(bob.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasText: 'Alice Restart' })).toHaveCount(1);

  await alice.context().close();
  await bob.context().close();
});
