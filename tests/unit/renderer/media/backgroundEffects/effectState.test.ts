import { describe, expect, it } from 'vitest';
import { initialEffectState, nextEffectState, sendsEffect, slowSecondsAllowed, type EffectEvent, type EffectState } from '../../../../../renderer/src/media/backgroundEffects/effectState';

function run(events: EffectEvent[], from: EffectState = initialEffectState): EffectState {
  return events.reduce(nextEffectState, from);
}

const steady = (inputFps: number, outputFps: number): EffectEvent => ({ type: 'frameRate', inputFps, outputFps });

describe('background effect state', () => {
  it('starts off and sends the plain camera', () => {
    expect(initialEffectState).toEqual({ status: 'off' });
    expect(sendsEffect(initialEffectState)).toBe(false);
  });

  it('goes starting → running when the first finished frame is out, and only then sends the effect', () => {
    const starting = run([{ type: 'choose', effect: 'blur-strong' }]);
    expect(starting).toEqual({ status: 'starting', effect: 'blur-strong' });
    expect(sendsEffect(starting)).toBe(false);
    const running = nextEffectState(starting, { type: 'started' });
    expect(running).toEqual({ status: 'running', effect: 'blur-strong', slowSeconds: 0 });
    expect(sendsEffect(running)).toBe(true);
  });

  it('fails with the reason while starting (no WebGL, model failure) and sends the plain camera', () => {
    const failed = run([{ type: 'choose', effect: 'blur-slight' }, { type: 'failed', failure: { code: 'noWebgl' } }]);
    expect(failed).toEqual({ status: 'failed', effect: 'blur-slight', failure: { code: 'noWebgl' } });
    expect(sendsEffect(failed)).toBe(false);
  });

  it('keeps a failure shown when the same effect is chosen again, and starts over for another', () => {
    const failed = run([{ type: 'choose', effect: 'blur-slight' }, { type: 'failed', failure: { code: 'noWebgl' } }]);
    expect(nextEffectState(failed, { type: 'choose', effect: 'blur-slight' })).toBe(failed);
    expect(nextEffectState(failed, { type: 'choose', effect: 'image-beach' })).toEqual({ status: 'starting', effect: 'image-beach' });
    expect(nextEffectState(failed, { type: 'choose', effect: 'off' })).toEqual({ status: 'off' });
  });

  it('switching between effects restarts the state (a new look starts before it runs)', () => {
    const running = run([{ type: 'choose', effect: 'blur-slight' }, { type: 'started' }]);
    expect(nextEffectState(running, { type: 'choose', effect: 'blur-strong' })).toEqual({ status: 'starting', effect: 'blur-strong' });
    expect(nextEffectState(running, { type: 'choose', effect: 'blur-slight' })).toBe(running);
  });

  it('ignores reports that do not belong to the current state', () => {
    expect(run([{ type: 'started' }])).toEqual({ status: 'off' });
    expect(run([{ type: 'failed', failure: { code: 'unsupported' } }])).toEqual({ status: 'off' });
    expect(run([{ type: 'choose', effect: 'blur-slight' }, steady(30, 0)])).toEqual({ status: 'starting', effect: 'blur-slight' });
  });

  it(`falls back after ${slowSecondsAllowed} slow seconds in a row, naming the frame rate`, () => {
    const running = run([{ type: 'choose', effect: 'blur-strong' }, { type: 'started' }]);
    const almost = run(Array.from({ length: slowSecondsAllowed - 1 }, () => steady(30, 6)), running);
    expect(almost).toMatchObject({ status: 'running', slowSeconds: slowSecondsAllowed - 1 });
    const failed = nextEffectState(almost, steady(30, 6));
    expect(failed).toEqual({ status: 'failed', effect: 'blur-strong', failure: { code: 'tooSlow', fps: 6 } });
    expect(sendsEffect(failed)).toBe(false);
  });

  it('forgives a slow second followed by a good one', () => {
    const running = run([{ type: 'choose', effect: 'blur-strong' }, { type: 'started' }]);
    const events = [...Array.from({ length: slowSecondsAllowed - 1 }, () => steady(30, 6)), steady(30, 29), ...Array.from({ length: slowSecondsAllowed - 1 }, () => steady(30, 6))];
    expect(run(events, running)).toMatchObject({ status: 'running', slowSeconds: slowSecondsAllowed - 1 });
  });

  it('judges against the camera: a 15 fps camera at 14 fps out is fine, 4 fps out of a 5 fps camera too', () => {
    const running = run([{ type: 'choose', effect: 'image-office' }, { type: 'started' }]);
    const many = (inputFps: number, outputFps: number) => Array.from({ length: slowSecondsAllowed * 2 }, () => steady(inputFps, outputFps));
    expect(run(many(15, 14), running)).toMatchObject({ status: 'running', slowSeconds: 0 });
    expect(run(many(5, 4), running)).toMatchObject({ status: 'running', slowSeconds: 0 });
    expect(run(many(30, 12), running)).toMatchObject({ status: 'failed' });
  });

  it('does not blame the effect when the camera sends nothing', () => {
    const running = run([{ type: 'choose', effect: 'blur-strong' }, { type: 'started' }]);
    expect(run(Array.from({ length: slowSecondsAllowed * 2 }, () => steady(0, 0)), running)).toMatchObject({ status: 'running' });
  });
});
