// What a person sees when the network misbehaves: the test call loops media back, and a dropped
// event stream is ridden out with the same roster afterwards.
import { expect, expectMeetingVideoFlowing, openParley, test } from './fixtures';

test('the test call shows your own video back', async ({ browser, sim, hostUrl }) => {
  const page = await openParley(browser, hostUrl, sim.url, { alias: 'meet.test', name: 'Tess' });
  await expectMeetingVideoFlowing(page);
  await page.getByRole('button', { name: 'Leave' }).click();
  await page.context().close();
});

test('a dropped event stream reconnects, keeps the call and resyncs the same roster', async ({ browser, sim, hostUrl }) => {
  const first = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Rosa' });
  const second = await openParley(browser, hostUrl, sim.url, { alias: 'meet.alice', name: 'Sam' });
  await expectMeetingVideoFlowing(first);
  // The people in the roster, without its group headings (list items too).
  const roster = first.getByRole('region', { name: 'Participants' }).getByRole('listitem').filter({ hasNot: first.getByRole('heading') });
  await expect(roster).toHaveCount(2);
  const namesBefore = await roster.allTextContents();

  const dropped = (await sim.post('/_sim/drop_events', { alias: 'meet.alice' })) as { result?: { dropped?: number } };
  expect(dropped.result?.dropped ?? 0).toBeGreaterThan(0);

  // The roster comes back identical, and the call never stopped.
  await expect(roster).toHaveCount(2);
  await expect.poll(() => roster.allTextContents()).toEqual(namesBefore);
  await expectMeetingVideoFlowing(first);
  await expect(first.getByRole('status').filter({ hasText: 'Reconnecting' })).toHaveCount(0);

  await second.getByRole('button', { name: 'Leave' }).click();
  await expect(roster).toHaveCount(1);
  await first.getByRole('button', { name: 'Leave' }).click();
  await first.context().close();
  await second.context().close();
});
