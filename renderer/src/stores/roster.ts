// The participant list: `roster` replaces it, created/updated/deleted patch it.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Participant, StageEntry } from '../../../electron/shared/meeting';

/** Muted by a host or on their own device. */
export function isShownMuted(participant: Participant): boolean {
  return participant.isMuted || participant.isClientMuted;
}

const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Hosts first, then by name; the uuid keeps equal names in a stable order. */
export function compareParticipants(a: Participant, b: Participant): number {
  if (a.role !== b.role) return a.role === 'host' ? -1 : 1;
  return nameOrder.compare(a.displayName, b.displayName) || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);
}

export const useRosterStore = defineStore('roster', () => {
  const byUuid = ref(new Map<string, Participant>());
  const speaking = ref(new Set<string>());

  const participants = computed(() => [...byUuid.value.values()].sort(compareParticipants));

  function replace(list: readonly Participant[]): void {
    byUuid.value = new Map(list.map((participant) => [participant.uuid, participant]));
  }

  function upsert(participant: Participant): void {
    byUuid.value.set(participant.uuid, participant);
  }

  function remove(uuid: string): void {
    byUuid.value.delete(uuid);
    speaking.value.delete(uuid);
  }

  function setStage(stage: readonly StageEntry[]): void {
    speaking.value = new Set(stage.filter((entry) => entry.vad > 0).map((entry) => entry.participantUuid));
  }

  function find(uuid: string): Participant | undefined {
    return byUuid.value.get(uuid);
  }

  function reset(): void {
    replace([]);
    speaking.value = new Set();
  }

  return { participants, speaking, replace, upsert, remove, setStage, find, reset };
});
