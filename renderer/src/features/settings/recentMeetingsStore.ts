// "Recent meetings" on the join screen: remembered after each join (a PIN only when "Remember PIN"
// is ticked, and then only encrypted by main), rejoined with one click.
import { defineStore } from 'pinia';
import { commandErrorText } from '../../i18n/commandErrorText';
import { ref } from 'vue';
import type { RecentMeeting } from '../../../../electron/shared/bridge';
import type { JoinedInfo } from '../../../../electron/shared/meeting';
import { useBridge } from '../../bridge';
import { useSessionStore } from '../session/sessionStore';

export const useRecentMeetingsStore = defineStore('recentMeetings', () => {
  const meetings = ref<RecentMeeting[]>([]);
  const rememberPin = ref(false);
  const problem = ref<string | null>(null);

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
      problem.value = commandErrorText(result.error);
      await load();
      return;
    }
    problem.value = null;
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
