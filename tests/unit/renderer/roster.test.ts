import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { installBridge } from '../../../renderer/src/bridge';
import { subscribeToBridge } from '../../../renderer/src/stores/bridgeEvents';
import { isShownMuted, useRosterStore } from '../../../renderer/src/stores/roster';
import { createFakeBridge, participant, type FakeBridge } from './fakeBridge';

describe('roster store', () => {
  let bridge: FakeBridge;

  beforeEach(() => {
    setActivePinia(createPinia());
    bridge = createFakeBridge();
    installBridge(bridge.api);
    subscribeToBridge(bridge.api);
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

  it('patches the list on created, updated and deleted', () => {
    bridge.emit({ type: 'roster', participants: [participant({ uuid: 'a', displayName: 'Ann' })] });
    bridge.emit({ type: 'participant_created', participant: participant({ uuid: 'b', displayName: 'Ben' }) });
    bridge.emit({ type: 'participant_updated', participant: participant({ uuid: 'a', displayName: 'Anna' }) });
    expect(names()).toEqual(['Anna', 'Ben']);
    bridge.emit({ type: 'participant_deleted', uuid: 'a' });
    expect(names()).toEqual(['Ben']);
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

  it('shows a participant as muted when muted by a host or on their own device', () => {
    expect(isShownMuted(participant({ uuid: 'a' }))).toBe(false);
    expect(isShownMuted(participant({ uuid: 'a', isMuted: true }))).toBe(true);
    expect(isShownMuted(participant({ uuid: 'a', isClientMuted: true }))).toBe(true);
    bridge.emit({ type: 'participant_created', participant: participant({ uuid: 'a' }) });
    bridge.emit({ type: 'participant_updated', participant: participant({ uuid: 'a', isClientMuted: true }) });
    expect(useRosterStore().participants.map(isShownMuted)).toEqual([true]);
  });

  it('marks speakers from the stage', () => {
    bridge.emit({
      type: 'stage',
      stage: [
        { participantUuid: 'a', stageIndex: 0, vad: 100 },
        { participantUuid: 'b', stageIndex: 1, vad: 0 },
      ],
    });
    expect([...useRosterStore().speaking]).toEqual(['a']);
  });
});
