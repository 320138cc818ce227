// Who goes to which breakout room: automatic (shuffled, then dealt out evenly so room sizes differ
// by at most one) or by hand (a room per person). Pure logic, so it is tested without a meeting.
import { t } from '../../i18n';

/** A fresh shuffled copy (Fisher–Yates); `random` is injectable for tests. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = held;
  }
  return copy;
}

/** Deals `people` into `roomCount` rooms after shuffling: every room gets ⌊n/k⌋ or ⌈n/k⌉ people. */
export function assignEvenly<T>(people: readonly T[], roomCount: number, random: () => number = Math.random): T[][] {
  const count = Math.max(0, Math.floor(roomCount));
  const rooms: T[][] = Array.from({ length: count }, () => []);
  if (count === 0) return rooms;
  shuffled(people, random).forEach((person, index) => rooms[index % count]?.push(person));
  return rooms;
}

/** Room names offered by default: "Room 1", "Room 2", ... */
export function defaultRoomNames(count: number): string[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => t('breakouts.defaultName', { number: index + 1 }));
}

/**
 * A hand-made assignment (person uuid → room index, -1 or absent: stays in the main room) as the
 * per-room lists "Open rooms" sends. Indexes outside the rooms are ignored.
 */
export function roomsFromChoices(choices: ReadonlyMap<string, number>, roomCount: number): string[][] {
  const rooms: string[][] = Array.from({ length: Math.max(0, roomCount) }, () => []);
  for (const [uuid, index] of choices) rooms[index]?.push(uuid);
  return rooms;
}

/** People whose names contain `query` (case and accents ignored), for finding someone in a large meeting. */
export function matchingPeople<T extends { displayName: string }>(people: readonly T[], query: string): T[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
  const wanted = fold(query.trim());
  return wanted === '' ? [...people] : people.filter((person) => fold(person.displayName).includes(wanted));
}

/** "4:05" for the time left until `endsAt` (epoch ms); null without a timer. */
export function timeLeft(endsAt: number | null, now: number): string | null {
  if (endsAt === null) return null;
  const seconds = Math.max(0, Math.ceil((endsAt - now) / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** How long before a room's timer ends its people are told. */
export const endingSoonMs = 60_000;

export function endingSoon(endsAt: number | null, now: number): boolean {
  return endsAt !== null && endsAt - now <= endingSoonMs && endsAt > now;
}
