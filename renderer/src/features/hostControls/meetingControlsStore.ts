// Runs host and participant actions through the bridge and keeps the node's answer: what is in
// progress, and why the last action was refused. The roster itself changes only with the events.
import { t } from '../../i18n';
import { commandRefusalText } from '../../i18n/commandErrorText';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CommandError, Result } from '../../../../electron/shared/bridge';
import type {
  ConferenceAction,
  DialOutRequest,
  LayoutChoice,
  LayoutTransforms,
  ParticipantActionRequest,
} from '../../../../electron/shared/meetingControlsCommands';
import { useBridge } from '../../bridge';

export interface ActionFailure {
  /** What was attempted, e.g. "Mute Bob". */
  action: string;
  message: string;
}

/** "The meeting server did not allow this. (Permission denied)", in the person's language. */
export function describeRefusal(error: Pick<CommandError, 'message' | 'detail' | 'wording' | 'values'>): string {
  return commandRefusalText(error);
}

export const useMeetingControlsStore = defineStore('meetingControls', () => {
  const pending = ref(new Set<string>());
  const failure = ref<ActionFailure | null>(null);
  const layouts = ref<LayoutChoice[]>([]);

  async function run<T>(label: string, key: string, send: () => Promise<Result<T, CommandError>>): Promise<Result<T, CommandError>> {
    pending.value = new Set(pending.value).add(key);
    failure.value = null;
    const result = await send();
    const next = new Set(pending.value);
    next.delete(key);
    pending.value = next;
    if (!result.ok) failure.value = { action: label, message: describeRefusal(result.error) };
    return result;
  }

  function participantAction(request: ParticipantActionRequest, label: string) {
    return run(label, `${request.participantUuid}:${request.action}`, () => useBridge().participantAction(request));
  }

  function conferenceAction(action: ConferenceAction, label: string) {
    return run(label, `conference:${action.action}`, () => useBridge().conferenceAction(action));
  }

  function transformLayout(transforms: LayoutTransforms, label: string) {
    return run(label, 'layout', () => useBridge().transformLayout(transforms));
  }

  function dialOut(request: DialOutRequest) {
    return run(t('host.add', { destination: request.destination }), 'dial', () => useBridge().dialOut(request));
  }

  async function loadLayouts(): Promise<void> {
    const result = await run(t('host.loadLayouts'), 'layouts', () => useBridge().getLayoutChoices(null));
    if (result.ok) layouts.value = result.value;
  }

  function isPending(key: string): boolean {
    return pending.value.has(key);
  }

  function dismissFailure(): void {
    failure.value = null;
  }

  function reset(): void {
    pending.value = new Set();
    failure.value = null;
    layouts.value = [];
  }

  return { failure, layouts, participantAction, conferenceAction, transformLayout, dialOut, loadLayouts, isPending, dismissFailure, reset };
});
