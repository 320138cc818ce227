// What the mini view shows: the meeting's controls, and while presenting the presenter's bar with
// who is speaking and the newest chat line, server strings as text.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import MiniView from '../../../../../renderer/src/features/miniView/MiniView.vue';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { participant } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

const buttons = (view: ReturnType<typeof mount>) => view.findAll('button').map((button) => button.text());

describe('MiniView', () => {
  it('in a call: mute, camera, Leave and Back to full view, which has the keyboard', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    useCallStore().choice = 'video';
    const view = mount(MiniView, { global: { plugins: [pinia] }, attachTo: document.body });
    await flushPromises();
    expect(buttons(view)).toEqual(['Mute microphone', 'Turn camera off', 'Leave', 'Back to full view']);
    expect(document.activeElement?.textContent?.trim()).toBe('Back to full view');
    expect(view.find('section').attributes('aria-label')).toBe('Meeting in mini view');
    view.unmount();
  });

  it('presenting: Stop sharing instead of Leave, the speaker and the newest chat line as text', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    useCallStore().choice = 'video';
    usePresentationStore().shareState = 'presenting';
    const roster = useRosterStore();
    roster.upsert(participant({ uuid: 'v', displayName: 'Vic <img src=x onerror=alert(1)>' }));
    roster.flush();
    roster.setStage([{ participantUuid: 'v', stageIndex: 0, vad: 100 }]);
    const chat = useChatStore();
    chat.receive({ origin: 'Ann', senderUuid: 'a', type: 'text/plain', payload: 'first', direct: false, receivedAt: 1 });
    chat.receive({ origin: 'Bo', senderUuid: 'b', type: 'text/plain', payload: 'Next <b>slide</b>', direct: false, receivedAt: 2 });
    const view = mount(MiniView, { global: { plugins: [pinia] } });
    await flushPromises();
    expect(view.find('section').attributes('aria-label')).toBe('Presenter controls');
    expect(buttons(view)).toEqual(['Stop sharing', 'Mute microphone', 'Turn camera off', 'Back to full view']);
    expect(view.text()).toContain('You are presenting');
    expect(view.text()).toContain('Speaking: Vic <img src=x onerror=alert(1)>');
    expect(view.find('[role="status"]').text()).toBe('Bo: Next <b>slide</b>');
    expect(view.find('img').exists()).toBe(false);
    expect(view.find('[role="status"] b').exists()).toBe(false);
    expect(view.find('video[aria-label="Shared screen preview"], [aria-label="Shared screen preview"]').exists()).toBe(true);
  });
});
