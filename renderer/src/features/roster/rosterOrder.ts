// How the roster is grouped, ordered and searched. Pure functions, so the order is testable
// without a store and cheap to recompute for thousands of participants.
import { t } from '../../i18n';
import type { Participant } from '../../../../electron/shared/meeting';

export type RosterGroupId = 'raised' | 'waiting' | 'hosts' | 'guests' | 'connecting';

/** A group's heading, in the chosen language. */
export function rosterGroupLabel(id: RosterGroupId): string {
  return t(`roster.group.${id}`);
}

/** The order groups are shown in: what needs a host's attention first. */
export const rosterGroupOrder: readonly RosterGroupId[] = ['raised', 'waiting', 'hosts', 'guests', 'connecting'];

export function groupOf(participant: Participant): RosterGroupId {
  if (participant.serviceType === 'waiting_room') return 'waiting';
  if (participant.serviceType === 'connecting') return 'connecting';
  if (participant.buzzTime > 0) return 'raised';
  return participant.role === 'host' ? 'hosts' : 'guests';
}

/** Muted by a host or on their own device. */
export function isShownMuted(participant: Participant): boolean {
  return participant.isMuted || participant.isClientMuted;
}

/** The participant's name as the node gives it, or '' when it gives none. */
export function nodeGivenName(participant: Participant): string {
  return participant.displayName || participant.overlayText;
}

export function shownName(participant: Participant): string {
  return nodeGivenName(participant) || t('roster.unnamed');
}

const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** By name regardless of case; the uuid keeps equal names in a stable order. */
function byName(a: Participant, b: Participant): number {
  return nameOrder.compare(shownName(a), shownName(b)) || (a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0);
}

/**
 * The roster order: groups in rosterGroupOrder; raised hands in the order they were raised;
 * everyone else by name.
 */
export function compareParticipants(a: Participant, b: Participant): number {
  const groupA = rosterGroupOrder.indexOf(groupOf(a));
  const groupB = rosterGroupOrder.indexOf(groupOf(b));
  if (groupA !== groupB) return groupA - groupB;
  if (groupOf(a) === 'raised' && a.buzzTime !== b.buzzTime) return a.buzzTime - b.buzzTime;
  return byName(a, b);
}

/** What a change must touch for the order to change (anything else only repaints a row). */
export function orderKey(participant: Participant): string {
  return `${groupOf(participant)}|${participant.buzzTime}|${shownName(participant)}`;
}

/** Lower case without accents, so "José" is found by "jose". */
export function searchText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

export function matchesSearch(participant: Participant, query: string): boolean {
  const wanted = searchText(query.trim());
  if (wanted === '') return true;
  return searchText(shownName(participant)).includes(wanted);
}

export type RosterRow =
  | { kind: 'group'; id: RosterGroupId; label: string; count: number }
  | { kind: 'participant'; participant: Participant };

/** Group headings followed by their participants, for one flat (virtualized) list. */
export function rosterRows(ordered: readonly Participant[]): RosterRow[] {
  const rows: RosterRow[] = [];
  let current = null as Extract<RosterRow, { kind: 'group' }> | null;
  for (const participant of ordered) {
    const id = groupOf(participant);
    if (current?.id !== id) {
      current = { kind: 'group', id, label: rosterGroupLabel(id), count: 0 };
      rows.push(current);
    }
    current.count += 1;
    rows.push({ kind: 'participant', participant });
  }
  return rows;
}
