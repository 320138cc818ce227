// Meeting links that arrive from outside the join form: from main (a second launch, macOS
// open-url), pasted into the Meeting field, or dropped on the window. Outside a meeting a link fills
// the join screen and joins; during one it asks before leaving. Why a link was not opened is kept as
// main's or the parser's answer (its code) and put into words when read, so it follows a language switch.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { meetingLinkQuery, parseMeetingLink, type MeetingLinkDetails, type MeetingLinkResult } from '../../../../electron/shared/meetingLink';
import { readJoinLink } from '../join/joinLink';
import { linkProblemText } from './linkProblemText';
import { useSessionStore } from '../session/sessionStore';
import { linkStart } from './linkRole';

/** A link that was not opened, with why. */
export type LinkRefusal = Extract<MeetingLinkResult, { ok: false }>;

export const useLinkStore = defineStore('links', () => {
  /** A link waiting for "Leave and join" while a meeting runs. */
  const pending = ref<MeetingLinkDetails | null>(null);
  /** Why the last link was not opened, as the parser answered. */
  const refusal = ref<LinkRefusal | null>(null);
  /** The same, in the current language. */
  const problem = computed(() => (refusal.value ? linkProblemText(refusal.value) : null));
  /** Parley opens pexip: links only when Settings allow it. */
  const pexipScheme = ref(false);

  /** A link main already validated. */
  function arrive(result: MeetingLinkResult): Promise<void> {
    if (!result.ok) {
      refusal.value = result;
      return Promise.resolve();
    }
    return open(result.link);
  }

  /** A link a person pasted or dropped; validated here. Returns why it was not opened, or null when it opened. */
  async function openText(text: string): Promise<LinkRefusal | null> {
    const result = parseMeetingLink(text, { pexipScheme: pexipScheme.value });
    if (!result.ok) return result;
    await open(result.link);
    return null;
  }

  async function open(link: MeetingLinkDetails): Promise<void> {
    refusal.value = null;
    const session = useSessionStore();
    if (session.state === 'in_meeting' || session.state === 'joining') {
      pending.value = link;
      return;
    }
    await joinLink(link);
  }

  async function joinLink(link: MeetingLinkDetails): Promise<void> {
    const session = useSessionStore();
    session.prefill(readJoinLink(meetingLinkQuery(link)));
    // The link's own node (none for alias@domain, which finds its node), never a remembered one.
    session.form.node = link.node ?? '';
    if (linkStart(link) === 'ask_host_pin') {
      // role=host without a PIN: the PIN field, worded for hosts, instead of joining as a guest.
      session.joinError = { code: 'pin_required', message: '', hostPin: 'required', guestPin: 'none' };
      session.prompt = 'pin';
      return;
    }
    await session.join();
  }

  async function confirmLeave(): Promise<void> {
    const link = pending.value;
    pending.value = null;
    if (!link) return;
    await useSessionStore().leave();
    await joinLink(link);
  }

  function cancel(): void {
    pending.value = null;
  }

  /** Shows why a link was not opened (a dropped link's answer from openText). */
  function showProblem(why: LinkRefusal): void {
    refusal.value = why;
  }

  function dismissProblem(): void {
    refusal.value = null;
  }

  return { pending, problem, pexipScheme, arrive, openText, confirmLeave, cancel, showProblem, dismissProblem };
});
