// The meeting's announcements as a host hears them about the lobby: people already waiting in the
// first roster, and people who start waiting later, said the same way; a guest hears neither.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, type EffectScope } from 'vue';
import { installBridge } from '../../../../../renderer/src/bridge';
import { useAnnouncementsStore } from '../../../../../renderer/src/features/announcements/announcementsStore';
import { rosterSummaryMs, watchMeetingAnnouncements } from '../../../../../renderer/src/features/announcements/meetingAnnouncements';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { createFakeBridge, participant } from '../../fakeBridge';

const me = participant({ uuid: 'me', displayName: 'Me', role: 'host' });
const here = participant({ uuid: 'carol', displayName: 'Carol' });
const waiting = (uuid: string, displayName: string) => participant({ uuid, displayName, serviceType: 'waiting_room', role: 'guest' });

let scope: EffectScope;
beforeEach(() => {
  setActivePinia(createPinia());
  installBridge(createFakeBridge().api);
  vi.useFakeTimers();
  scope = effectScope();
});
afterEach(() => {
  scope.stop();
  vi.useRealTimers();
});

function watching(host: boolean) {
  scope.run(() => watchMeetingAnnouncements(() => 'me', () => false, () => host));
  return { roster: useRosterStore(), announcements: useAnnouncementsStore() };
}

describe('a host hears who is waiting to be admitted', () => {
  it('already waiting in the first roster: by name for one', async () => {
    const { roster, announcements } = watching(true);
    roster.replace([me, here, waiting('bob', 'Bob')]);
    await nextTick();
    await nextTick();
    expect(announcements.history).toEqual(['Bob is waiting to be admitted']);
  });

  it('several already waiting as a count; someone who starts waiting later the same way, not as a join', async () => {
    const { roster, announcements } = watching(true);
    roster.replace([me, waiting('a', 'A'), waiting('b', 'B')]);
    await nextTick();
    await nextTick();
    expect(announcements.history).toEqual(['2 people are waiting to be admitted']);

    roster.upsert(waiting('dan', 'Dan'));
    roster.upsert(participant({ uuid: 'eve', displayName: 'Eve' }));
    roster.flush();
    await nextTick();
    vi.advanceTimersByTime(rosterSummaryMs);
    await nextTick();
    expect(announcements.history).toEqual(['2 people are waiting to be admitted', 'Dan is waiting to be admitted', 'Eve joined']);
  });

  it('a guest hears only who was there joining later, never the lobby', async () => {
    const { roster, announcements } = watching(false);
    roster.replace([me, waiting('bob', 'Bob')]);
    await nextTick();
    roster.upsert(waiting('dan', 'Dan'));
    roster.flush();
    await nextTick();
    vi.advanceTimersByTime(rosterSummaryMs);
    await nextTick();
    expect(announcements.history).toEqual(['Dan joined']);
  });
});
