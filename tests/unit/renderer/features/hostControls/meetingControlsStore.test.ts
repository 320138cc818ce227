import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../../../../renderer/src/features/chat/chatLinks';
import ChatPanel from '../../../../../renderer/src/features/chat/ChatPanel.vue';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { setLocale } from '../../../../../renderer/src/i18n';
import { describeRefusal, useMeetingControlsStore } from '../../../../../renderer/src/features/hostControls/meetingControlsStore';
import { freshStoresWithFakeBridge } from '../../freshStores';

describe('meeting controls store', () => {
  it('keeps why the node refused an action', async () => {
    const { bridge } = freshStoresWithFakeBridge();
    bridge.api.participantAction.mockResolvedValueOnce({
      ok: false,
      error: { code: 'forbidden', message: 'The meeting server did not allow this.', detail: 'Permission denied' },
    });
    const controls = useMeetingControlsStore();
    const result = await controls.participantAction({ participantUuid: 'b', action: 'mute' }, { key: 'roster.menu.mute', person: 'Bob', nameAfter: true });
    expect(result.ok).toBe(false);
    expect(controls.failure).toEqual({ action: 'Mute Bob', message: 'The meeting server did not allow this. (Permission denied)' });
    expect(describeRefusal({ message: 'Plain.' })).toBe('Plain.');
  });

  it('says a refused action again in the new language after a switch; names and the reason from the node stay as they came', async () => {
    const { bridge } = freshStoresWithFakeBridge();
    const refusal = {
      ok: false as const,
      error: { code: 'forbidden' as const, message: 'The meeting server did not allow this.', wording: 'forbidden' as const, detail: 'Permission denied' },
    };
    bridge.api.participantAction.mockResolvedValue(refusal);
    bridge.api.conferenceAction.mockResolvedValue(refusal);
    bridge.api.transformLayout.mockResolvedValue(refusal);
    bridge.api.dialOut.mockResolvedValue(refusal);
    const controls = useMeetingControlsStore();
    try {
      await controls.participantAction({ participantUuid: 'b', action: 'mute' }, { key: 'roster.menu.mute', person: '{Bob} @x', nameAfter: true });
      expect(controls.failure).toEqual({ action: 'Mute {Bob} @x', message: 'The meeting server did not allow this. (Permission denied)' });
      setLocale('de');
      expect(controls.failure).toEqual({ action: 'Stummschalten {Bob} @x', message: 'Der Meeting-Server hat dies nicht erlaubt. (Permission denied)' });

      await controls.participantAction({ participantUuid: 'c', action: 'disconnect' }, { key: 'roster.dialog.disconnectAction', person: '' });
      expect(controls.failure?.action).toBe('Unbenannte Person trennen');
      setLocale('en');
      expect(controls.failure?.action).toBe('Disconnect Unnamed participant');

      await controls.conferenceAction({ action: 'lock' }, { key: 'host.lock' });
      await controls.transformLayout({ layout: 'ac' }, { key: 'host.layoutNamed', values: { name: 'ac' } });
      expect(controls.failure?.action).toBe('Layout ac');
      setLocale('fr');
      expect(controls.failure?.action).toBe('Disposition ac');
      setLocale('de');
      await controls.dialOut({ destination: 'sip:dora@example.com', protocol: 'auto', role: 'guest' });
      expect(controls.failure).toEqual({ action: 'sip:dora@example.com hinzufügen', message: 'Der Meeting-Server hat dies nicht erlaubt. (Permission denied)' });
      setLocale('fr');
      expect(controls.failure).toEqual({ action: 'Ajouter sip:dora@example.com', message: "Le serveur de réunion ne l'a pas autorisé. (Permission denied)" });
      controls.dismissFailure();
      expect(controls.failure).toBeNull();
    } finally {
      setLocale('en');
    }
  });
});

describe('chat', () => {
  it('sends a direct message to its recipient and marks it', async () => {
    const { bridge } = freshStoresWithFakeBridge();
    const chat = useChatStore();
    chat.writeTo({ uuid: 'd', name: 'Dora' });
    chat.draft = 'psst';
    expect(await chat.send()).toBe(true);
    expect(bridge.api.sendDirectMessage).toHaveBeenLastCalledWith({ participantUuid: 'd', payload: 'psst' });
    expect(bridge.api.sendMessage).not.toHaveBeenCalled();
    expect(chat.visible.map((m) => [m.payload, m.direct, m.recipientName])).toEqual([['psst', true, 'Dora']]);
  });

  it('counts unread messages while closed and keeps application/json out of the chat', () => {
    freshStoresWithFakeBridge();
    const chat = useChatStore();
    chat.setOpen(false);
    const base = { origin: 'Ann', senderUuid: 'a', direct: false, receivedAt: 1 };
    chat.receive({ ...base, type: 'text/plain', payload: 'one' });
    chat.receive({ ...base, type: 'application/json', payload: '{"app":1}' });
    chat.receive({ ...base, type: 'text/plain', payload: 'two' });
    expect(chat.unread).toBe(2);
    expect(chat.visible.map((m) => m.payload)).toEqual(['one', 'two']);
    expect(chat.appMessages.map((m) => m.payload)).toEqual(['{"app":1}']);
    chat.setOpen(true);
    expect(chat.unread).toBe(0);
  });

  it('renders web links as anchors for the system browser, and everything else as text', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    const view = mount(ChatPanel, { global: { plugins: [pinia] } });
    useChatStore().receive({
      origin: 'Ann',
      senderUuid: 'a',
      type: 'text/plain',
      payload: 'See https://example.com/a?b=1. Not javascript:alert(1) <b>x</b>',
      direct: true,
      receivedAt: 1,
    });
    await flushPromises();
    const links = view.findAll('a');
    expect(links.map((a) => [a.attributes('href'), a.attributes('target'), a.attributes('rel')])).toEqual([
      ['https://example.com/a?b=1', '_blank', 'noopener noreferrer'],
    ]);
    expect(view.find('b').exists()).toBe(false);
    expect(view.text()).toContain('Direct message');
  });

  it('splits text around http(s) links only, leaving sentence punctuation outside', () => {
    expect(splitLinks('go to http://a.example/x, now')).toEqual([
      { kind: 'text', text: 'go to ' },
      { kind: 'link', text: 'http://a.example/x', href: 'http://a.example/x' },
      { kind: 'text', text: ', now' },
    ]);
    expect(splitLinks('ftp://x.example file:///etc')).toEqual([{ kind: 'text', text: 'ftp://x.example file:///etc' }]);
  });
});
