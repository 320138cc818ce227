// "Recent meetings" on the join screen: remembered after each join (a PIN only when "Remember PIN"
// is ticked, and then only encrypted by main), rejoined with one click. A refused rejoin is kept as the
// refusal and put into words when read, so it follows a language switch.
import { defineStore } from 'pinia';
import { commandErrorText } from '../../i18n/commandErrorText';
import { computed, ref } from 'vue';
import type { CommandError, RecentMeeting } from '../../../../electron/shared/bridge';
import type { JoinedInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import { useSessionStore } from '../session/sessionStore';

export const useRecentMeetingsStore = defineStore('recentMeetings', () => {
  const meetings = ref<RecentMeeting[]>([]);
  const rememberPin = ref(false);
  /** Why the last rejoin was refused, as main said it. */
  const refusal = ref<CommandError | null>(null);
  /** The same, in the current language. */
  const problem = computed(() => (refusal.value ? commandErrorText(refusal.value) : null));

  async function load(): Promise<void> {
    const result = await useBridge().recentMeetings(null);
    if (result.ok) meetings.value = result.value;
  }

  /** After a join: the meeting moves to the top (with its PIN, sealed, if asked to). */
  async function remember(info: JoinedInfo, pin: string | undefined): Promise<void> {
    const result = await useBridge().recentMeetingRemember({
      node: info.node,
      alias: info.alias,
      conferenceName: info.conferenceName,
      rememberPin: rememberPin.value,
      ...(rememberPin.value && pin ? { pin } : {}),
    });
    if (result.ok) await load();
  }

  async function rejoin(id: string): Promise<void> {
    const result = await useBridge().recentMeetingOpen({ id });
    if (!result.ok) {
      refusal.value = result.error;
      await load();
      return;
    }
    refusal.value = null;
    const session = useSessionStore();
    session.form.node = result.value.node;
    session.form.alias = result.value.alias;
    session.form.pin = result.value.pin ?? '';
    await session.join();
  }

  async function forget(id: string): Promise<void> {
    const result = await useBridge().recentMeetingForget({ id });
    if (result.ok) meetings.value = result.value;
  }

  return { meetings, rememberPin, problem, load, remember, rejoin, forget };
});
