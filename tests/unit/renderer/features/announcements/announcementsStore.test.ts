import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import LiveAnnouncer from '../../../../../renderer/src/features/announcements/LiveAnnouncer.vue';
import { useAnnouncementsStore } from '../../../../../renderer/src/features/announcements/announcementsStore';

describe('the live announcer', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('puts announcements in a polite live region, cutting very long ones', async () => {
    const pinia = createPinia();
    setActivePinia(pinia);
    const view = mount(LiveAnnouncer, { global: { plugins: [pinia] } });
    const announcements = useAnnouncementsStore();
    await announcements.announce('Bob joined');
    await nextTick();
    const region = view.get('[aria-live="polite"]');
    expect(region.text()).toBe('Bob joined');
    await announcements.announce(`Message from Ann: ${'x'.repeat(500)}`);
    await nextTick();
    expect(region.text().length).toBeLessThanOrEqual(241);
    expect(region.text().endsWith('…')).toBe(true);
  });

  it('empties the region before saying the same words again', async () => {
    const announcements = useAnnouncementsStore();
    const seen: string[] = [];
    const pending = announcements.announce('Bob joined');
    seen.push(announcements.text);
    await pending;
    seen.push(announcements.text);
    const again = announcements.announce('Bob joined');
    seen.push(announcements.text);
    await again;
    seen.push(announcements.text);
    expect(seen).toEqual(['', 'Bob joined', '', 'Bob joined']);
  });
});
