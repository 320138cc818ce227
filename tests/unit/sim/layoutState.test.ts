import { describe, expect, it } from 'vitest';
import { createParticipant, type Participant } from '../../sim/conference/participant';
import { LayoutState, layoutEventFor, stageOrder } from '../../sim/conference/layoutState';

function person(uuid: string, role: 'HOST' | 'GUEST', withMedia = true): Participant {
  const p = createParticipant({ uuid, displayName: uuid, role, callTag: '', vendor: '', serviceType: 'conference' });
  if (withMedia) p.callDirection = 'out';
  return p;
}

describe('stageOrder', () => {
  it('puts spotlighted participants first in spotlight order, then voice order, then join order', () => {
    const [a, b, c, d] = [person('a', 'HOST'), person('b', 'GUEST'), person('c', 'GUEST'), person('d', 'GUEST')];
    c.spotlight = 20;
    d.spotlight = 10;
    expect(stageOrder([a, b, c, d], ['b']).map((p) => p.uuid)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('leaves out API-only participants unless spotlighted', () => {
    const quiet = person('quiet', 'GUEST', false);
    expect(stageOrder([quiet], [])).toEqual([]);
    quiet.spotlight = 1;
    expect(stageOrder([quiet], []).map((p) => p.uuid)).toEqual(['quiet']);
  });
});

describe('LayoutState', () => {
  it('accepts old layout names and refuses unknown ones and guest_layout outside auditoriums', () => {
    const vmr = new LayoutState('1:0', '1:0', false);
    expect(vmr.apply({ layout: '4:0' })).toBeUndefined();
    expect(vmr.hostLayout).toBe('2x2');
    expect(vmr.guestLayout).toBe('2x2');
    expect(vmr.apply({ layout: 'bogus' })).toMatch(/Unknown layout/);
    expect(vmr.apply({ guest_layout: '1:0' })).toMatch(/Virtual Auditorium/);
    expect(vmr.apply({ streaming: { ac_presentation_in_mix: true } })).toBeUndefined();
    expect(vmr.streaming.presentation_in_mix).toBe(true);
  });

  it('limits tiles by layout and hides guests from guests in an auditorium', () => {
    const state = new LayoutState('1:7', '1:0', true);
    const host = person('h', 'HOST');
    const guests = [person('g1', 'GUEST'), person('g2', 'GUEST')];
    const inputs = { state, guestsCanSeeGuests: 'never' as const, isAuditorium: true, participants: [host, ...guests], stageOrder: [] };
    expect(layoutEventFor(guests[0] as Participant, inputs)).toMatchObject({ view: '1:0', participants: ['h'] });
    expect(layoutEventFor(host, inputs)).toMatchObject({ view: '1:7', participants: ['h', 'g1', 'g2'] });
    state.apply({ host_layout: 'ac', enable_extended_ac: true });
    expect(layoutEventFor(host, inputs)).toMatchObject({ view: '5:7' });
    const apiOnly = person('api', 'HOST', false);
    expect(layoutEventFor(apiOnly, inputs)).toMatchObject({ participants: [] });
  });
});
