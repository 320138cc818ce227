// Where sharing computer audio also shares the meeting's own sound (Windows loopback), the picker
// says so beside "Share computer sound"; where the platform says nothing, nothing is added.
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import SharePicker from '../../../../../renderer/src/features/presentation/SharePicker.vue';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { createPresentationRig, ok, settle } from '../../presentationRig';
import { setLocale } from '../../../../../renderer/src/i18n';

async function openPicker(capabilities: Record<string, unknown>) {
  const { commands } = createPresentationRig({ participantUuid: 'alice-uuid', displayName: 'Alice' });
  commands.getShareCapabilities = vi.fn(async () => ok(capabilities));
  commands.listShareSources = vi.fn(async () => ok([{ id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: null, icon: null }]));
  await usePresentationStore().requestShare();
  const wrapper = mount(SharePicker);
  await settle();
  return wrapper;
}

describe('share picker audio note', () => {
  it('shows the note beside the option and ties it to the checkbox', async () => {
    const note = 'This shares everything your computer plays, including this meeting, so others may hear themselves.';
    const wrapper = await openPicker({ picker: 'app', audio: true, audioNote: note, screenAccess: 'granted', canOpenSettings: false });
    const checkbox = wrapper.find('input[type="checkbox"]');
    expect(checkbox.exists()).toBe(true);
    const describedBy = checkbox.attributes('aria-describedby');
    expect(describedBy).toBeDefined();
    expect(wrapper.find(`#${describedBy}`).text()).toBe(note);
    wrapper.unmount();
  });

  it('shows the option disabled with the reason where the system cannot capture its sound', async () => {
    const reason = 'Sharing computer sound needs macOS 13 or later.';
    const wrapper = await openPicker({ picker: 'app', audio: false, audioUnavailable: reason, screenAccess: 'granted', canOpenSettings: false });
    const checkbox = wrapper.find('input[type="checkbox"]');
    expect(checkbox.attributes('disabled')).toBeDefined();
    expect(checkbox.element.parentElement?.textContent?.trim()).toBe('Share computer sound');
    expect(wrapper.find(`#${checkbox.attributes('aria-describedby')}`).text()).toBe(reason);
    wrapper.unmount();
  });

  it('adds nothing where there is no note', async () => {
    const wrapper = await openPicker({ picker: 'app', audio: true, screenAccess: 'granted', canOpenSettings: false });
    expect(wrapper.find('input[type="checkbox"]').attributes('aria-describedby')).toBeUndefined();
    expect(wrapper.find('.audio-note').exists()).toBe(false);
    wrapper.unmount();
  });

  it("says main's codes in the person's language: a screen Parley named, the audio note and the reason", async () => {
    setLocale('de');
    try {
      const { commands } = createPresentationRig({ participantUuid: 'alice-uuid', displayName: 'Alice' });
      commands.getShareCapabilities = vi.fn(async () =>
        ok({ picker: 'app', audio: false, audioUnavailable: 'Sharing computer sound needs macOS 13 or later.', audioUnavailableCode: 'mac_version', screenAccess: 'granted', canOpenSettings: false }),
      );
      commands.listShareSources = vi.fn(async () =>
        ok([
          { id: 'screen:0:0', name: 'Screen 1', unnamedScreen: { only: false, number: 1 }, kind: 'screen', thumbnail: null, icon: null },
          { id: 'screen:1:0', name: 'DELL U2720Q', kind: 'screen', thumbnail: null, icon: null },
        ]),
      );
      await usePresentationStore().requestShare();
      const wrapper = mount(SharePicker);
      await settle();
      expect(wrapper.text()).toContain('Bildschirm 1');
      expect(wrapper.text()).toContain('DELL U2720Q');
      expect(wrapper.text()).not.toContain('Screen 1');
      const checkbox = wrapper.find('input[type="checkbox"]');
      expect(wrapper.find(`#${checkbox.attributes('aria-describedby')}`).text()).toBe('Zum Teilen des Computertons ist macOS 13 oder neuer nötig.');
      wrapper.unmount();
    } finally {
      setLocale('en');
    }
  });

  it("keeps a failed listing as main's refusal, so a language switch says it again in the new language", async () => {
    const { commands } = createPresentationRig({ participantUuid: 'alice-uuid', displayName: 'Alice' });
    commands.getShareCapabilities = vi.fn(async () => ok({ picker: 'app', audio: false, screenAccess: 'granted', canOpenSettings: false }));
    commands.listShareSources = vi.fn(async () => ({
      ok: false,
      error: { code: 'not_found', message: 'Choosing a screen is done by the browser here.', wording: 'noPicker' },
    }));
    await usePresentationStore().requestShare();
    const wrapper = mount(SharePicker);
    await settle();
    try {
      expect(wrapper.find('.problem').text()).toBe('Choosing a screen is done by the browser here.');
      setLocale('de');
      await settle();
      expect(wrapper.find('.problem').text()).toBe('Den Bildschirm wählen Sie hier im Browser aus.');
    } finally {
      setLocale('en');
      wrapper.unmount();
    }
  });
});
