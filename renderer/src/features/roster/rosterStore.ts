// The participant list at conference scale. Bridge events are queued and applied once per animation
// frame; the order (a sort of thousands) is recomputed only when a change can move someone, while
// other changes just repaint the rows that show them. Participant objects are kept raw (not deeply
// reactive): two version counters say what changed.
import { defineStore } from 'pinia';
import { computed, markRaw, ref, shallowRef } from 'vue';
import type { Participant, StageEntry } from '../../../../electron/shared/meeting';
import { recordRelayLatency } from '../session/relayLatency';
import { recordRosterReplaced } from './rosterTiming';
import { createFrameBatch } from './frameBatch';
import { compareParticipants, matchesSearch, orderKey, rosterRows } from './rosterOrder';

export { compareParticipants, isShownMuted } from './rosterOrder';

type RosterChange =
  | { kind: 'replace'; participants: readonly Participant[]; receivedAt?: number }
  | { kind: 'upsert'; participant: Participant; receivedAt?: number }
  | { kind: 'remove'; uuid: string; receivedAt?: number };

export const useRosterStore = defineStore('roster', () => {
  const byUuid = new Map<string, Participant>();
  /** Bumped when someone joins, leaves, or changes group, hand or name. */
  const orderVersion = shallowRef(0);
  /** Bumped on any change. */
  const dataVersion = shallowRef(0);
  const speaking = shallowRef(new Set<string>());
  /** The main speaker on stage (first with voice activity). */
  const activeSpeaker = shallowRef<string | null>(null);
  const search = ref('');

  function applyChange(change: RosterChange): boolean {
    switch (change.kind) {
      case 'replace':
        byUuid.clear();
        for (const participant of change.participants) byUuid.set(participant.uuid, markRaw(participant));
        return true;
      case 'upsert': {
        const previous = byUuid.get(change.participant.uuid);
        byUuid.set(change.participant.uuid, markRaw(change.participant));
        return !previous || orderKey(previous) !== orderKey(change.participant);
      }
      case 'remove':
        return byUuid.delete(change.uuid);
    }
  }

  const batch = createFrameBatch<RosterChange>((changes) => {
    let reorder = false;
    for (const change of changes) reorder = applyChange(change) || reorder;
    if (reorder) orderVersion.value += 1;
    dataVersion.value += 1;
    for (const change of changes) if (change.receivedAt !== undefined) recordRelayLatency(change.receivedAt);
  });

  /** Everyone in roster order (uuids; recomputed only when the order can change). */
  const orderedUuids = computed(() => {
    void orderVersion.value;
    return [...byUuid.values()].sort(compareParticipants).map((participant) => participant.uuid);
  });

  function current(uuids: readonly string[]): Participant[] {
    const list: Participant[] = [];
    for (const uuid of uuids) {
      const participant = byUuid.get(uuid);
      if (participant) list.push(participant);
    }
    return list;
  }

  const participants = computed(() => {
    void dataVersion.value;
    return current(orderedUuids.value);
  });

  const count = computed(() => participants.value.length);

  /** What the search box matches, in roster order. */
  const matchingUuids = computed(() => {
    const query = search.value;
    if (query.trim() === '') return orderedUuids.value;
    void orderVersion.value;
    return orderedUuids.value.filter((uuid) => {
      const participant = byUuid.get(uuid);
      return participant !== undefined && matchesSearch(participant, query);
    });
  });

  /** Group headings and rows for the list. */
  const rows = computed(() => {
    void dataVersion.value;
    return rosterRows(current(matchingUuids.value));
  });

  /** A whole new roster (participant_sync): applied at once, since it supersedes anything queued. */
  function replace(list: readonly Participant[], receivedAt?: number, syncStartedAt?: number): void {
    batch.clear();
    applyChange({ kind: 'replace', participants: list });
    orderVersion.value += 1;
    dataVersion.value += 1;
    if (receivedAt !== undefined) recordRelayLatency(receivedAt);
    recordRosterReplaced(list.length, syncStartedAt ?? null);
  }

  function upsert(participant: Participant, receivedAt?: number): void {
    batch.push({ kind: 'upsert', participant, receivedAt });
  }

  function remove(uuid: string, receivedAt?: number): void {
    batch.push({ kind: 'remove', uuid, receivedAt });
  }

  function setStage(stage: readonly StageEntry[]): void {
    const voices = stage.filter((entry) => entry.vad > 0);
    speaking.value = new Set(voices.map((entry) => entry.participantUuid));
    const main = [...voices].sort((a, b) => a.stageIndex - b.stageIndex)[0];
    activeSpeaker.value = main?.participantUuid ?? null;
  }

  function find(uuid: string): Participant | undefined {
    void dataVersion.value;
    return byUuid.get(uuid);
  }

  /** Applies queued changes now. */
  function flush(): void {
    batch.flush();
  }

  function reset(): void {
    batch.clear();
    byUuid.clear();
    orderVersion.value += 1;
    dataVersion.value += 1;
    speaking.value = new Set();
    activeSpeaker.value = null;
    search.value = '';
  }

  return {
    participants,
    count,
    rows,
    search,
    speaking,
    activeSpeaker,
    replace,
    upsert,
    remove,
    setStage,
    find,
    flush,
    reset,
  };
});
