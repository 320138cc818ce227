import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChatPanel from '../../../../../renderer/src/features/chat/ChatPanel.vue';
import ParticipantList from '../../../../../renderer/src/features/roster/ParticipantList.vue';
import { setLocale } from '../../../../../renderer/src/i18n';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { participant } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

describe('ChatPanel', () => {
  it('renders markup in a message as literal text', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    const view = mount(ChatPanel, { global: { plugins: [pinia] } });
    const attack = '<img src=x onerror=alert(1)>';
    useChatStore().receive({
      origin: '<b>Mallory</b>',
      senderUuid: 'm',
      type: 'text/plain',
      payload: attack,
      direct: false,
      receivedAt: Date.UTC(2024, 0, 1, 12, 30),
    });
    await flushPromises();
    expect(view.find('img').exists()).toBe(false);
    expect(view.find('b').exists()).toBe(false);
    expect(view.find('.text').text()).toBe(attack);
    expect(view.find('.sender').text()).toBe('<b>Mallory</b>');
  });

  it('keeps a message that failed to send and says so', async () => {
    const { pinia, bridge } = freshStoresWithFakeBridge();
    bridge.api.sendMessage.mockResolvedValueOnce({ ok: false, error: { code: 'failed', message: 'No route' } });
    const view = mount(ChatPanel, { global: { plugins: [pinia] } });
    await view.find('input').setValue('Hello');
    await view.find('form').trigger('submit');
    await flushPromises();
    expect((view.find('input').element as HTMLInputElement).value).toBe('Hello');
    expect(view.find('[role="alert"]').text()).toContain('No route');
  });
});

describe('ParticipantList', () => {
  it('lists name, role and muted state as text', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    const view = mount(ParticipantList, { props: { selfUuid: 'b' }, global: { plugins: [pinia] } });
    useRosterStore().replace([
      participant({ uuid: 'a', displayName: 'Ann', role: 'host', isMuted: true }),
      participant({ uuid: 'b', displayName: 'Bob' }),
    ]);
    await flushPromises();
    const items = view.findAll('[role="listitem"]').map((item) => item.text().replace(/\s+/g, ' '));
    // Group headings are list items too, so the list has only list items (axe: aria-required-children).
    expect(items).toEqual(['Hosts (1)', 'Ann Host Muted', 'Guests (1)', 'Bob (you) Guest']);
  });

  it('says a refused menu action in the new language after a switch, the name as the node gave it', async () => {
    const { pinia, bridge } = freshStoresWithFakeBridge();
    bridge.api.participantAction.mockResolvedValueOnce({
      ok: false,
      error: { code: 'forbidden', message: 'The meeting server did not allow this.', wording: 'forbidden', detail: 'Permission denied' },
    });
    const view = mount(ParticipantList, { props: { selfUuid: 'a' }, global: { plugins: [pinia] }, attachTo: document.body });
    useRosterStore().replace([participant({ uuid: 'a', displayName: 'Ann', role: 'host' }), participant({ uuid: 'b', displayName: 'Bob <b>' })]);
    await flushPromises();
    try {
      await view.get('button[aria-label="More actions for Bob <b>"]').trigger('click');
      const mute = view.findAll('[role="menuitem"]').find((item) => item.text() === 'Mute');
      await mute!.trigger('click');
      await flushPromises();
      expect(bridge.api.participantAction).toHaveBeenLastCalledWith({ action: 'mute', participantUuid: 'b' });
      const alert = () => view.get('[role="alert"]').text().replace(/\s+/g, ' ');
      expect(alert()).toBe('“Mute Bob <b>” did not work: The meeting server did not allow this. (Permission denied) Dismiss');
      setLocale('de');
      await flushPromises();
      expect(alert()).toBe('„Stummschalten Bob <b>“ hat nicht funktioniert: Der Meeting-Server hat dies nicht erlaubt. (Permission denied) Schließen');
    } finally {
      setLocale('en');
      view.unmount();
    }
  });
});

describe('ChatPanel long messages', () => {
  it('shows the first 2,000 characters with "Show more", then the whole message', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    const view = mount(ChatPanel, { global: { plugins: [pinia] } });
    const long = `${'a'.repeat(2_000)}${'b'.repeat(8_000)}`;
    useChatStore().receive({ origin: 'Mallory', senderUuid: 'm', type: 'text/plain', payload: long, direct: false, receivedAt: 0 });
    await flushPromises();
    expect(view.find('.text').text()).toBe(`${'a'.repeat(2_000)}…`);
    await view.get('button.show-more').trigger('click');
    expect(view.find('.text').text()).toBe(long);
    expect(view.find('button.show-more').exists()).toBe(false);
  });

  it('isolates the sender name so right-to-left overrides cannot reorder the line', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    const view = mount(ChatPanel, { global: { plugins: [pinia] } });
    useChatStore().receive({ origin: '\u202eevil', senderUuid: 'm', type: 'text/plain', payload: 'hi', direct: false, receivedAt: 0 });
    await flushPromises();
    expect(view.find('bdi.sender').text()).toBe('\u202eevil');
  });
});
