// Chat messages and the message being written. A failed send keeps the text so it can be sent again.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ChatMessage } from '../../../electron/shared/meeting';
import { useBridge } from '../bridge';
import { useSessionStore } from './session';

export interface ChatEntry extends ChatMessage {
  id: number;
  own: boolean;
}

/** How many of our own sent texts to remember, to drop an echo if the node relays them back. */
const echoMemory = 20;
/** Older messages are dropped beyond this, so a long meeting (or a flood) stays responsive. */
const maxMessages = 1_000;

export const useChatStore = defineStore('chat', () => {
  const messages = ref<ChatEntry[]>([]);
  const draft = ref('');
  const sending = ref(false);
  const sendError = ref<string | null>(null);
  let nextId = 1;
  let sentTexts: string[] = [];

  function add(message: ChatMessage, own: boolean): void {
    messages.value.push({ ...message, id: nextId++, own });
    if (messages.value.length > maxMessages) messages.value.splice(0, messages.value.length - maxMessages);
  }

  function receive(message: ChatMessage): void {
    const selfUuid = useSessionStore().info?.participantUuid;
    if (selfUuid && message.senderUuid === selfUuid) {
      const echo = sentTexts.indexOf(message.payload);
      if (echo !== -1) {
        sentTexts.splice(echo, 1);
        return;
      }
    }
    add(message, Boolean(selfUuid) && message.senderUuid === selfUuid);
  }

  function load(history: readonly ChatMessage[]): void {
    reset();
    const selfUuid = useSessionStore().info?.participantUuid;
    for (const message of history) add(message, message.senderUuid === selfUuid);
  }

  /** Sends the draft; on failure the draft stays and sendError says why (send again to retry). */
  async function send(): Promise<boolean> {
    const text = draft.value.trim();
    if (!text || sending.value) return false;
    sending.value = true;
    sendError.value = null;
    const result = await useBridge()
      .sendMessage({ text })
      .catch((error: unknown) => ({
        ok: false as const,
        error: { message: error instanceof Error ? error.message : 'the bridge is unavailable' },
      }))
      .finally(() => {
        sending.value = false;
      });
    if (!result.ok) {
      sendError.value = `Your message was not sent: ${result.error.message}`;
      return false;
    }
    if (draft.value.trim() === text) draft.value = '';
    const self = useSessionStore().info;
    sentTexts = [...sentTexts.slice(-(echoMemory - 1)), text];
    add(
      {
        origin: self?.displayName ?? 'You',
        senderUuid: self?.participantUuid ?? '',
        type: 'text/plain',
        payload: text,
        direct: false,
        receivedAt: Date.now(),
      },
      true,
    );
    return true;
  }

  function reset(): void {
    messages.value = [];
    draft.value = '';
    sendError.value = null;
    sentTexts = [];
  }

  return { messages, draft, sending, sendError, receive, load, send, retry: send, reset };
});
