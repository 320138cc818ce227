// What the conference shows beyond its status: recording and streaming indicators, a splash
// screen, breakout rooms. Fetched from the core whenever the node reports a change.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ConferenceSignals } from '../../../../electron/shared/meetingControlsCommands';
import { useBridge } from '../../bridge';

const none: ConferenceSignals = { recording: false, streaming: false, splashScreen: null, breakoutName: null, openBreakouts: 0 };

export const useConferenceSignalsStore = defineStore('conferenceSignals', () => {
  const signals = ref<ConferenceSignals>({ ...none });
  let inFlight = false;
  let again = false;

  /** Asks the core for the latest signals; calls during a request coalesce into one more. */
  async function refresh(): Promise<void> {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    try {
      do {
        again = false;
        // The bridge never rejects: a failure leaves the last signals in place.
        const result = await useBridge().getConferenceSignals(null);
        if (result.ok) signals.value = result.value;
      } while (again);
    } finally {
      inFlight = false;
    }
  }

  function reset(): void {
    signals.value = { ...none };
  }

  return { signals, refresh, reset };
});
