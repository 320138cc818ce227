// The renderer's mini view: "Mini view" asks main for the small window, main's own changes arrive as
// events, sharing makes it the presenter's bar (and back, if sharing made it), a clicked
// notification opens its place in the full view.
import { nextTick } from 'vue';
import { beforeEach, describe, expect, it } from 'vitest';
import { modeForShareChange } from '../../../../../renderer/src/features/miniView/miniViewShare';
import { useMiniViewStore } from '../../../../../renderer/src/features/miniView/miniViewStore';
import { useMeetingLayoutStore } from '../../../../../renderer/src/features/meeting/meetingLayoutStore';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { useSettingsStore } from '../../../../../renderer/src/features/settings/settingsStore';
import { freshStoresWithFakeBridge } from '../../freshStores';
import type { FakeBridge } from '../../fakeBridge';

let bridge: FakeBridge;
beforeEach(() => {
  ({ bridge } = freshStoresWithFakeBridge({ deliverEvents: true }));
  useSessionStore().state = 'in_meeting';
});

describe('sharing and the mini view', () => {
  const base = { enabled: true, mode: 'full' as const, enteredForShare: false };
  it('starting to share shrinks the full view; stopping restores it only if sharing shrank it', () => {
    expect(modeForShareChange({ ...base, wasPresenting: false, presenting: true })).toBe('mini');
    expect(modeForShareChange({ ...base, wasPresenting: false, presenting: true, enabled: false })).toBeNull();
    expect(modeForShareChange({ ...base, wasPresenting: true, presenting: false, mode: 'mini', enteredForShare: true })).toBe('full');
    expect(modeForShareChange({ ...base, wasPresenting: true, presenting: false, mode: 'mini', enteredForShare: false })).toBeNull();
    expect(modeForShareChange({ ...base, wasPresenting: true, presenting: true })).toBeNull();
  });
});

describe('mini view store', () => {
  it('"Mini view" and "Back to full view" ask main, and the layout follows its answer', async () => {
    const mini = useMiniViewStore();
    await mini.enter();
    expect(bridge.api.desktopWindowMode).toHaveBeenLastCalledWith({ mode: 'mini' });
    expect(mini.mode).toBe('mini');
    bridge.api.desktopWindowMode.mockResolvedValueOnce({ ok: true, value: { mode: 'full' } });
    await mini.enter();
    expect(mini.mode).toBe('full');
    await mini.enter();
    await mini.leave();
    expect(bridge.api.desktopWindowMode).toHaveBeenLastCalledWith({ mode: 'full' });
    expect(mini.mode).toBe('full');
  });

  it('main minimizing the window during a call shows the mini layout; the meeting ending shows the full one', async () => {
    const mini = useMiniViewStore();
    bridge.emit({ type: 'window_mode', mode: 'mini' });
    expect(mini.mode).toBe('mini');
    useSessionStore().state = 'ended';
    await nextTick();
    expect(mini.mode).toBe('full');
  });

  it('with "Mini window" off it is not offered, and a mini view goes back to full', async () => {
    const mini = useMiniViewStore();
    const settings = useSettingsStore();
    await settings.load();
    expect(mini.available).toBe(true);
    await mini.enter();
    bridge.api.desktopWindowMode.mockClear();
    await settings.change({ miniWindow: false });
    await nextTick();
    expect(mini.available).toBe(false);
    expect(bridge.api.desktopWindowMode).toHaveBeenCalledWith({ mode: 'full' });
    bridge.api.desktopWindowMode.mockClear();
    await mini.enter();
    expect(bridge.api.desktopWindowMode).not.toHaveBeenCalled();
  });

  it('presenting shrinks the window to the presenter bar and stopping brings the full view back', async () => {
    const mini = useMiniViewStore();
    const presentation = usePresentationStore();
    presentation.shareState = 'presenting';
    await nextTick();
    await Promise.resolve();
    expect(bridge.api.desktopWindowMode).toHaveBeenLastCalledWith({ mode: 'mini', sharing: true });
    expect(mini.mode).toBe('mini');
    presentation.shareState = 'idle';
    await nextTick();
    await Promise.resolve();
    expect(bridge.api.desktopWindowMode).toHaveBeenLastCalledWith({ mode: 'full', sharing: true });
    expect(mini.mode).toBe('full');
  });

  it('where the host has no window to move out of the way (the browser host answers full), sharing keeps the full view', async () => {
    const mini = useMiniViewStore();
    bridge.api.desktopWindowMode.mockResolvedValueOnce({ ok: true, value: { mode: 'full' } });
    usePresentationStore().shareState = 'presenting';
    await nextTick();
    await Promise.resolve();
    expect(mini.mode).toBe('full');
  });
});

describe('a clicked notification', () => {
  it('opens the side panel and the chat, and asks for the keyboard there', () => {
    const layout = useMeetingLayoutStore();
    const chat = useChatStore();
    const mini = useMiniViewStore();
    mini.apply('mini');
    layout.sidePanelOpen = false;
    chat.setOpen(false);
    bridge.emit({ type: 'notification_clicked', target: 'chat' });
    expect(mini.mode).toBe('full');
    expect(layout.sidePanelOpen).toBe(true);
    expect(chat.open).toBe(true);
    expect(layout.focusRequest).toBe('chat');
    bridge.emit({ type: 'notification_clicked', target: 'lobby' });
    expect(layout.focusRequest).toBe('roster');
  });
});
