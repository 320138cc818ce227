import { beforeEach, describe, expect, it } from 'vitest';
import { isShownMuted, useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { participant, type FakeBridge } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

describe('roster store', () => {
  let bridge: FakeBridge;

  beforeEach(() => {
    ({ bridge } = freshStoresWithFakeBridge({ deliverEvents: true }));
  });

  const names = () => useRosterStore().participants.map((p) => p.displayName);

  it('replaces the whole list on a roster event', () => {
    bridge.emit({ type: 'roster', participants: [participant({ uuid: 'a', displayName: 'Ann' })] });
    bridge.emit({
      type: 'roster',
      participants: [participant({ uuid: 'b', displayName: 'Ben' }), participant({ uuid: 'c', displayName: 'Cat' })],
    });
    expect(names()).toEqual(['Ben', 'Cat']);
  });

  it('queues created, updated and deleted until the frame, then applies them in order', () => {
    bridge.emit({ type: 'roster', participants: [participant({ uuid: 'a', displayName: 'Ann' })] });
    bridge.emit({ type: 'participant_created', participant: participant({ uuid: 'b', displayName: 'Ben' }) });
    bridge.emit({ type: 'participant_updated', participant: participant({ uuid: 'a', displayName: 'Anna' }) });
    expect(names()).toEqual(['Ann']);
    useRosterStore().flush();
    expect(names()).toEqual(['Anna', 'Ben']);
    bridge.emit({ type: 'participant_deleted', uuid: 'a' });
    bridge.emit({ type: 'participant_created', participant: participant({ uuid: 'a', displayName: 'Ann again' }) });
    bridge.emit({ type: 'participant_deleted', uuid: 'b' });
    useRosterStore().flush();
    expect(names()).toEqual(['Ann again']);
  });

  it('a roster event drops updates queued before it', () => {
    bridge.emit({ type: 'participant_created', participant: participant({ uuid: 'old', displayName: 'Old' }) });
    bridge.emit({ type: 'roster', participants: [participant({ uuid: 'n', displayName: 'New' })] });
    useRosterStore().flush();
    expect(names()).toEqual(['New']);
  });

  it('orders hosts first, then by name regardless of case', () => {
    bridge.emit({
      type: 'roster',
      participants: [
        participant({ uuid: '1', displayName: 'zoe' }),
        participant({ uuid: '2', displayName: 'Yann', role: 'host' }),
        participant({ uuid: '3', displayName: 'adam' }),
        participant({ uuid: '4', displayName: 'Bea', role: 'host' }),
      ],
    });
    expect(names()).toEqual(['Bea', 'Yann', 'adam', 'zoe']);
  });

  it('moves a raised hand to the top and reorders when the hand is lowered', () => {
    bridge.emit({
      type: 'roster',
      participants: [participant({ uuid: 'h', displayName: 'Hana', role: 'host' }), participant({ uuid: 'g', displayName: 'Gus' })],
    });
    bridge.emit({ type: 'participant_updated', participant: participant({ uuid: 'g', displayName: 'Gus', buzzTime: 100 }) });
    useRosterStore().flush();
    expect(names()).toEqual(['Gus', 'Hana']);
    expect(useRosterStore().rows.map((row) => (row.kind === 'group' ? `[${row.label}]` : row.participant.displayName))).toEqual([
      '[Raised hands]',
      'Gus',
      '[Hosts]',
      'Hana',
    ]);
    bridge.emit({ type: 'participant_updated', participant: participant({ uuid: 'g', displayName: 'Gus', buzzTime: 0 }) });
    useRosterStore().flush();
    expect(names()).toEqual(['Hana', 'Gus']);
  });

  it('searches by name, ignoring case and accents', () => {
    bridge.emit({
      type: 'roster',
      participants: [participant({ uuid: '1', displayName: 'José Núñez' }), participant({ uuid: '2', displayName: 'Mary' })],
    });
    const roster = useRosterStore();
    roster.search = 'nun';
    expect(roster.rows.filter((row) => row.kind === 'participant').map((row) => row.kind === 'participant' && row.participant.uuid)).toEqual(['1']);
    roster.search = '';
    expect(roster.rows.filter((row) => row.kind === 'participant')).toHaveLength(2);
  });

  it('shows a participant as muted when muted by a host or on their own device', () => {
    expect(isShownMuted(participant({ uuid: 'a' }))).toBe(false);
    expect(isShownMuted(participant({ uuid: 'a', isMuted: true }))).toBe(true);
    expect(isShownMuted(participant({ uuid: 'a', isClientMuted: true }))).toBe(true);
    bridge.emit({ type: 'participant_created', participant: participant({ uuid: 'a' }) });
    bridge.emit({ type: 'participant_updated', participant: participant({ uuid: 'a', isClientMuted: true }) });
    useRosterStore().flush();
    expect(useRosterStore().participants.map(isShownMuted)).toEqual([true]);
  });

  it('marks speakers and the main speaker from the stage', () => {
    bridge.emit({
      type: 'stage',
      stage: [
        { participantUuid: 'b', stageIndex: 1, vad: 100 },
        { participantUuid: 'a', stageIndex: 0, vad: 100 },
        { participantUuid: 'c', stageIndex: 2, vad: 0 },
      ],
    });
    expect([...useRosterStore().speaking].sort()).toEqual(['a', 'b']);
    expect(useRosterStore().activeSpeaker).toBe('a');
  });
});
