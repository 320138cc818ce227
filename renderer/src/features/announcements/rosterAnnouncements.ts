// What a screen reader hears when people come and go: one name for one person, a count when many
// change at once, so a large meeting does not flood the announcements.
import { t } from '../../i18n';

export interface RosterSnapshot {
  /** uuid → shown name. */
  readonly names: ReadonlyMap<string, string>;
}

export interface RosterDifference {
  joined: string[];
  left: string[];
}

/**
 * Who joined and who left between two rosters (names, in roster order); self is never announced,
 * nor the joins in `saidOtherwise` (a host hears those as waiting to be admitted).
 */
export function rosterDifference(before: RosterSnapshot, after: RosterSnapshot, selfUuid: string, saidOtherwise: ReadonlySet<string> = new Set()): RosterDifference {
  const joined: string[] = [];
  const left: string[] = [];
  for (const [uuid, name] of after.names) if (uuid !== selfUuid && !before.names.has(uuid) && !saidOtherwise.has(uuid)) joined.push(name);
  for (const [uuid, name] of before.names) if (uuid !== selfUuid && !after.names.has(uuid)) left.push(name);
  return { joined, left };
}

/** The announcements for the changes gathered over a moment: at most one for joins and one for leaves. */
export function rosterAnnouncements(change: RosterDifference): string[] {
  const lines: string[] = [];
  if (change.joined.length === 1) lines.push(t('announce.joined', { name: change.joined[0] as string }));
  else if (change.joined.length > 1) lines.push(t('announce.joinedMany', { count: change.joined.length }, change.joined.length));
  if (change.left.length === 1) lines.push(t('announce.left', { name: change.left[0] as string }));
  else if (change.left.length > 1) lines.push(t('announce.leftMany', { count: change.left.length }, change.left.length));
  return lines;
}
