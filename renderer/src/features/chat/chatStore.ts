// Chat messages and the message being written: to everyone, or directly to one participant. A
// failed send keeps the text so it can be sent again. Counts unread messages while the panel is
// closed. application/json messages are kept apart (for apps), never shown as chat.
import { t } from '../../i18n';
import { commandErrorText } from '../../i18n/commandErrorText';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ChatMessage, JoinedInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import { previewLength, splitLinks, type ChatPiece } from './chatLinks';

export interface ChatEntry extends ChatMessage {
  id: number;
  own: boolean;
  /** The payload as text and links, split once. */
  pieces: ChatPiece[];
  /** The first `previewLength` characters as pieces, when the message is longer (else null). */
  preview: ChatPiece[] | null;
  /** For our own direct messages: who it went to. */
  recipientName?: string;
}

/** Who we are in the meeting, to tell our own messages apart (set by meetingReset). */
export type ChatSelf = Pick<JoinedInfo, 'participantUuid' | 'displayName'>;

export interface DirectRecipient {
  uuid: string;
  name: string;
}

/** How many of our own sent texts to remember, to drop an echo if the node relays them back. */
const echoMemory = 20;
/** Older messages are dropped beyond this, so a long meeting (or a flood) stays responsive. */
const maxMessages = 1_000;

export const useChatStore = defineStore('chat', () => {
  const messages = ref<ChatEntry[]>([]);
  /** application/json messages, for apps; not chat. */
  const appMessages = ref<ChatMessage[]>([]);
  const draft = ref('');
  const sending = ref(false);
  const sendError = ref<string | null>(null);
  /** Set: the draft goes only to this participant. */
  const recipient = ref<DirectRecipient | null>(null);
  const open = ref(true);
  const unread = ref(0);
  let self: ChatSelf | null = null;
  let nextId = 1;
  let sentTexts: string[] = [];

  const visible = computed(() => messages.value.filter((message) => message.type === 'text/plain'));

  function add(message: ChatMessage, own: boolean, recipientName?: string): void {
    if (message.type === 'application/json') {
      appMessages.value.push(message);
      if (appMessages.value.length > maxMessages) appMessages.value.splice(0, appMessages.value.length - maxMessages);
      return;
    }
    const pieces = splitLinks(message.payload);
    const preview = message.payload.length > previewLength ? splitLinks(message.payload.slice(0, previewLength)) : null;
    const entry: ChatEntry = { ...message, id: nextId++, own, pieces, preview };
    if (recipientName !== undefined) entry.recipientName = recipientName;
    messages.value.push(entry);
    if (messages.value.length > maxMessages) messages.value.splice(0, messages.value.length - maxMessages);
    if (!own && !open.value && message.type === 'text/plain') unread.value += 1;
  }

  function receive(message: ChatMessage): void {
    const selfUuid = self?.participantUuid;
    if (selfUuid && message.senderUuid === selfUuid && !message.direct) {
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
    const selfUuid = self?.participantUuid;
    for (const message of history) add(message, message.senderUuid === selfUuid);
  }

  /** We joined as this participant (null: no longer in a meeting). */
  function setSelf(next: ChatSelf | null): void {
    self = next ? { participantUuid: next.participantUuid, displayName: next.displayName } : null;
  }

  function setOpen(next: boolean): void {
    open.value = next;
    if (next) unread.value = 0;
  }

  /** The next message goes only to this participant (null: to everyone). */
  function writeTo(next: DirectRecipient | null): void {
    recipient.value = next;
    sendError.value = null;
    setOpen(true);
  }

  /** Sends the draft; on failure the draft stays and sendError says why (send again to retry). */
  async function send(): Promise<boolean> {
    const text = draft.value.trim();
    if (!text || sending.value) return false;
    const to = recipient.value;
    sending.value = true;
    sendError.value = null;
    const bridge = useBridge();
    const request = to ? bridge.sendDirectMessage({ participantUuid: to.uuid, payload: text }) : bridge.sendMessage({ text });
    const result = await request;
    sending.value = false;
    if (!result.ok) {
      sendError.value = t('chat.notSent', { reason: commandErrorText(result.error) });
      return false;
    }
    if (draft.value.trim() === text) draft.value = '';
    if (!to) sentTexts = [...sentTexts.slice(-(echoMemory - 1)), text];
    add(
      {
        origin: self?.displayName ?? t('chat.you'),
        senderUuid: self?.participantUuid ?? '',
        type: 'text/plain',
        payload: text,
        direct: to !== null,
        receivedAt: Date.now(),
      },
      true,
      to?.name,
    );
    return true;
  }

  function reset(): void {
    messages.value = [];
    appMessages.value = [];
    draft.value = '';
    sendError.value = null;
    recipient.value = null;
    unread.value = 0;
    open.value = true;
    sentTexts = [];
  }

  return {
    messages,
    visible,
    appMessages,
    draft,
    sending,
    sendError,
    recipient,
    open,
    unread,
    receive,
    load,
    setSelf,
    send,
    retry: send,
    setOpen,
    writeTo,
    reset,
  };
});
