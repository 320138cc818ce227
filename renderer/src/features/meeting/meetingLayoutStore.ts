// The full meeting view's own layout: whether the side panel (controls, people, chat) shows, and
// a place to bring the keyboard to once it shows (a clicked notification leads to the chat or the
// people waiting).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { NotificationTarget } from '../../../../electron/shared/desktopWindow';
import { useChatStore } from '../chat/chatStore';

export type FocusPlace = 'chat' | 'roster';

export const useMeetingLayoutStore = defineStore('meetingLayout', () => {
  const sidePanelOpen = ref(true);
  const focusRequest = ref<FocusPlace | null>(null);

  function openPlace(target: NotificationTarget): void {
    // "meeting": the meeting itself, already in front.
    if (target === 'meeting') return;
    sidePanelOpen.value = true;
    if (target === 'chat') useChatStore().setOpen(true);
    focusRequest.value = target === 'chat' ? 'chat' : 'roster';
  }

  return { sidePanelOpen, focusRequest, openPlace };
});
