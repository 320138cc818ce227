// Runs host and participant actions through the bridge and keeps the node's answer: what is in
// progress, and why the last action was refused. The roster itself changes only with the events.
import { t } from '../../i18n';
import { commandRefusalText } from '../../i18n/commandErrorText';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { CommandError, Result } from '../../../../electron/shared/bridge';
import type {
  ConferenceAction,
  DialOutRequest,
  LayoutChoice,
  LayoutTransforms,
  ParticipantActionRequest,
} from '../../../../electron/shared/meetingControlsCommands';
import { useBridge } from '../../bridge';

/**
 * What was attempted, kept as its label's message and values so it is put into words when read (stored as
 * text it stayed in the language it was first shown in after a language switch).
 */
export interface ActionLabel {
  /** The label's message key, e.g. 'host.lock', 'roster.menu.mute' or 'host.layoutNamed'. */
  key: string;
  /** Its values as they came (a layout's name, a destination as typed). */
  values?: Record<string, string>;
  /**
   * Whom it was for, as the node names them ('' when it gives no name: "Unnamed" in the current language).
   * The message gets it as {name}; with nameAfter the name follows the label instead ("Mute Bob").
   */
  person?: string;
  nameAfter?: boolean;
}

export interface ActionFailure {
  /** What was attempted, e.g. "Mute Bob". */
  action: string;
  message: string;
}

/** An action's label in the current language; a person's name stays as the node gave it. */
export function actionLabelText(label: ActionLabel): string {
  if (label.person === undefined) return t(label.key, label.values ?? {});
  const name = label.person || t('roster.unnamed');
  return label.nameAfter ? `${t(label.key, label.values ?? {})} ${name}` : t(label.key, { ...label.values, name });
}

/** "The meeting server did not allow this. (Permission denied)", in the person's language. */
export function describeRefusal(error: Pick<CommandError, 'message' | 'detail' | 'wording' | 'values'>): string {
  return commandRefusalText(error);
}

export const useMeetingControlsStore = defineStore('meetingControls', () => {
  const pending = ref(new Set<string>());
  /** The last refused action and the node's refusal, as they came. */
  const refused = ref<{ action: ActionLabel; error: CommandError } | null>(null);
  /** The last refused action and why, in the current language (the node's own reason as it came). */
  const failure = computed<ActionFailure | null>(() =>
    refused.value ? { action: actionLabelText(refused.value.action), message: describeRefusal(refused.value.error) } : null,
  );
  const layouts = ref<LayoutChoice[]>([]);

  async function run<T>(label: ActionLabel, key: string, send: () => Promise<Result<T, CommandError>>): Promise<Result<T, CommandError>> {
    pending.value = new Set(pending.value).add(key);
    refused.value = null;
    const result = await send();
    const next = new Set(pending.value);
    next.delete(key);
    pending.value = next;
    if (!result.ok) refused.value = { action: label, error: result.error };
    return result;
  }

  function participantAction(request: ParticipantActionRequest, label: ActionLabel) {
    return run(label, `${request.participantUuid}:${request.action}`, () => useBridge().participantAction(request));
  }

  function conferenceAction(action: ConferenceAction, label: ActionLabel) {
    return run(label, `conference:${action.action}`, () => useBridge().conferenceAction(action));
  }

  function transformLayout(transforms: LayoutTransforms, label: ActionLabel) {
    return run(label, 'layout', () => useBridge().transformLayout(transforms));
  }

  function dialOut(request: DialOutRequest) {
    return run({ key: 'host.add', values: { destination: request.destination } }, 'dial', () => useBridge().dialOut(request));
  }

  async function loadLayouts(): Promise<void> {
    const result = await run({ key: 'host.loadLayouts' }, 'layouts', () => useBridge().getLayoutChoices(null));
    if (result.ok) layouts.value = result.value;
  }

  function isPending(key: string): boolean {
    return pending.value.has(key);
  }

  function dismissFailure(): void {
    refused.value = null;
  }

  function reset(): void {
    pending.value = new Set();
    refused.value = null;
    layouts.value = [];
  }

  return { refused, failure, layouts, participantAction, conferenceAction, transformLayout, dialOut, loadLayouts, isPending, dismissFailure, reset };
});
