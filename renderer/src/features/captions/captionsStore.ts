// Live captions for this participant: on/off (show_live_captions / hide_live_captions), the lines
// received while on, and why turning them on failed.
import { defineStore } from 'pinia';
import { commandErrorText } from '../../i18n/commandErrorText';
import { computed, ref, shallowRef } from 'vue';
import { useBridge } from '../../bridge';
import type { LiveCaption } from '../../../../electron/shared/captions';
import { addCaption, captionHistoryText, emptyCaptions, overlayLines } from './captionLines';
import { shownName } from '../roster/rosterOrder';
import { useRosterStore } from '../roster/rosterStore';

export const useCaptionsStore = defineStore('captions', () => {
  const showing = ref(false);
  const busy = ref(false);
  const error = ref<string | null>(null);
  const state = shallowRef(emptyCaptions());

  const lines = computed(() => overlayLines(state.value));
  const history = computed(() => state.value.finals);

  async function setShowing(show: boolean): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    error.value = null;
    // The bridge never rejects: a lost bridge arrives as an ordinary failure.
    const result = await useBridge().setLiveCaptions({ show });
    busy.value = false;
    if (!result.ok) {
      error.value = commandErrorText(result.error);
      return;
    }
    showing.value = show;
    // Hidden: the partial line in progress will never be finished.
    if (!show) state.value = { ...state.value, partial: null };
  }

  /** Someone else already asked the node (the kiosk room policy): only show or hide the lines. */
  function follow(show: boolean): void {
    if (showing.value === show) return;
    showing.value = show;
    if (!show) state.value = { ...state.value, partial: null };
  }

  /** A caption event from the core. Ignored while captions are hidden. */
  function receive(caption: LiveCaption, at: number): void {
    if (!showing.value) return;
    const roster = useRosterStore();
    const speaker = caption.sourceParticipantUuids.map((uuid) => roster.find(uuid)).find((participant) => participant !== undefined);
    state.value = addCaption(state.value, { text: caption.text, isFinal: caption.isFinal, speaker: speaker ? shownName(speaker) : null, at });
  }

  function historyText(): string {
    return captionHistoryText(state.value.finals);
  }

  function reset(): void {
    showing.value = false;
    busy.value = false;
    error.value = null;
    state.value = emptyCaptions();
  }

  return { showing, busy, error, lines, history, setShowing, follow, receive, historyText, reset };
});
