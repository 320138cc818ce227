// The room's calendar on screen: "Now" and "Next" with titles as plain text, "Booked" when titles
// are hidden, not-joinable events marked, and a failed refresh in small print.
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { KioskCalendarView } from '../../../../../electron/shared/kioskCommands';
import KioskCalendar from '../../../../../renderer/src/features/kiosk/KioskCalendar.vue';

const start = new Date(2026, 2, 10, 9, 0).getTime();
const view = (extra: Partial<KioskCalendarView> = {}): KioskCalendarView => ({
  now: { title: '<b>Stand-up</b>', start, end: start + 30 * 60_000, joinable: true },
  next: { title: 'Lunch', start: start + 3 * 3_600_000, end: start + 4 * 3_600_000, joinable: false },
  allDay: [],
  problem: null,
  lastRefresh: start,
  ...extra,
});

describe('kiosk calendar', () => {
  it('shows Now and Next with titles as text, and marks an event without a video meeting', () => {
    const wrapper = mount(KioskCalendar, { props: { calendar: view() } });
    const now = wrapper.get('section[aria-label="Now"]');
    expect(now.text()).toContain('<b>Stand-up</b>');
    expect(now.find('b').exists()).toBe(false);
    expect(now.find('bdi').exists()).toBe(true);
    const next = wrapper.get('section[aria-label="Next"]');
    expect(next.text()).toContain('Lunch');
    expect(next.text()).toContain('no video meeting');
    expect(wrapper.find('[role="note"]').exists()).toBe(false);
  });

  it('says "Booked" when titles are hidden, "Free" when nothing is on, and a failed refresh in small print', () => {
    const wrapper = mount(KioskCalendar, {
      props: { calendar: view({ now: null, next: { title: null, start, end: start + 60_000, joinable: true }, problem: 'the calendar server answered 503' }) },
    });
    expect(wrapper.get('section[aria-label="Now"]').text()).toContain('Free');
    expect(wrapper.get('section[aria-label="Next"]').text()).toContain('Booked');
    expect(wrapper.get('[role="note"]').text()).toContain('Calendar not updated');
    expect(wrapper.get('[role="note"]').text()).toContain('the calendar server answered 503');
  });
});
