// What a host's screen reader hears about people waiting to be admitted: those already waiting
// when the host's first roster arrives, and those who start waiting later, said the same way (one
// by name, several as a count). A guest cannot admit anyone, so hears the plain joins instead.
import { t } from '../../i18n';

export interface LobbyEntry {
  uuid: string;
  name: string;
  waiting: boolean;
}

/** Who is waiting now and was not yet said to be (never ourselves), in roster order. */
export function newlyWaiting(entries: readonly LobbyEntry[], alreadySaid: ReadonlySet<string>, selfUuid: string): LobbyEntry[] {
  return entries.filter((entry) => entry.waiting && entry.uuid !== selfUuid && !alreadySaid.has(entry.uuid));
}

export function lobbyAnnouncements(waiting: readonly LobbyEntry[]): string[] {
  const [only] = waiting;
  if (!only) return [];
  if (waiting.length === 1) return [t('announce.waitingToBeAdmitted', { name: only.name })];
  return [t('announce.waitingToBeAdmittedMany', { count: waiting.length }, waiting.length)];
}
