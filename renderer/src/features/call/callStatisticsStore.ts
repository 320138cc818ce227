// Samples the call's WebRTC statistics: once a second while "Call statistics" is open (every figure
// of every stream), every five seconds otherwise, where only the connection quality is kept (the
// indicator beside your name and the unstable-connection hint).
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { callFigures, streamSamples, type StatsEntry, type StreamFigures, type StreamSample } from '../../media/callStatistics';
import { ConnectionQualityTracker, connectionSampleOf, type ConnectionQuality } from '../../media/connectionQuality';
import type { CallPeer } from '../../media/callPeer';
import { useCallStore } from './callStore';

export const openSampleEveryMs = 1_000;
export const closedSampleEveryMs = 5_000;

/** What the store needs of a call (tests pass a plain object). */
export type StatisticsSource = Pick<CallPeer, 'stats' | 'mediaByMid'>;

export const useCallStatisticsStore = defineStore('callStatistics', () => {
  const panelOpen = ref(false);
  const figures = shallowRef<StreamFigures[]>([]);
  const quality = ref<ConnectionQuality | null>(null);
  const unstable = ref(false);
  const tracker = new ConnectionQualityTracker();
  let previous: StreamSample[] = [];
  let source: StatisticsSource | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** One getStats at a time: a sample in flight schedules the next itself. */
  let sampling = false;

  const call = useCallStore();

  function schedule(delayMs: number): void {
    if (timer !== null) clearTimeout(timer);
    timer = source ? setTimeout(() => void sample(), delayMs) : null;
  }

  async function sample(): Promise<void> {
    const current = source;
    if (!current || sampling) return;
    sampling = true;
    let entries: StatsEntry[];
    try {
      const report = await current.stats();
      entries = [...report.values()] as StatsEntry[];
    } catch {
      entries = [];
    } finally {
      sampling = false;
    }
    // A new call meanwhile: its own samples start from nothing.
    if (current !== source) return schedule(panelOpen.value ? openSampleEveryMs : closedSampleEveryMs);
    const at = performance.now();
    const samples = streamSamples(entries, current.mediaByMid(), at);
    const next = callFigures(previous, samples);
    previous = samples;
    if (panelOpen.value) figures.value = next;
    const state = tracker.push(connectionSampleOf(next), at);
    quality.value = state.quality;
    unstable.value = state.unstable;
    schedule(panelOpen.value ? openSampleEveryMs : closedSampleEveryMs);
  }

  /** Follows a new call (or none): the figures of the last one are not this one's. */
  function follow(next: StatisticsSource | null): void {
    source = next;
    previous = [];
    figures.value = [];
    tracker.reset();
    quality.value = null;
    unstable.value = false;
    schedule(panelOpen.value ? openSampleEveryMs : closedSampleEveryMs);
  }

  watch(
    () => call.currentPeer,
    (peer) => follow(peer),
    { immediate: true },
  );

  function setPanelOpen(open: boolean): void {
    if (panelOpen.value === open) return;
    panelOpen.value = open;
    // Opening shows figures at once (rates against the last cheap sample), then every second.
    // Closing goes back to the cheap five-second rhythm at once.
    if (open) schedule(0);
    else {
      figures.value = [];
      schedule(closedSampleEveryMs);
    }
  }

  const hasCall = computed(() => call.currentPeer !== null);

  return { panelOpen, figures, quality, unstable, hasCall, setPanelOpen, follow };
});
