// The background effect's life: off, starting (the model loads), running, or failed (with the reason
// shown to the person while the plain camera is sent). A running effect that stays too slow for a few
// seconds falls back to the plain camera: a frozen self view is worse than an unblurred one.
import type { BackgroundEffect } from './backgroundEffect';

/** Why the effect cannot run; the view words it in the person's language. */
export type EffectFailure =
  | { code: 'unsupported' } // no MediaStreamTrackProcessor/Generator or OffscreenCanvas
  | { code: 'noWebgl' }
  | { code: 'modelFailed'; detail: string }
  | { code: 'noImage' } // "my own picture" chosen but none kept
  | { code: 'tooSlow'; fps: number };

export type EffectState =
  | { status: 'off' }
  | { status: 'starting'; effect: BackgroundEffect }
  | { status: 'running'; effect: BackgroundEffect; slowSeconds: number }
  | { status: 'failed'; effect: BackgroundEffect; failure: EffectFailure };

export type EffectEvent =
  | { type: 'choose'; effect: BackgroundEffect }
  | { type: 'started' }
  | { type: 'failed'; failure: EffectFailure }
  /** Once a second while running: frames in from the camera and out of the effect in that second. */
  | { type: 'frameRate'; inputFps: number; outputFps: number };

/** Output below this share of the camera's own rate counts as too slow. */
export const slowShare = 0.5;
/** Output below this many frames per second is too slow, unless the camera itself gives hardly more. */
export const slowFloorFps = 5;
/** How many seconds in a row it may be too slow before the effect is given up. */
export const slowSecondsAllowed = 5;

export const initialEffectState: EffectState = { status: 'off' };

function tooSlow(inputFps: number, outputFps: number): boolean {
  if (inputFps <= 0) return false; // the camera sent nothing (covered, paused): not the effect's fault
  return outputFps < Math.min(slowFloorFps, inputFps * 0.8) || outputFps < inputFps * slowShare;
}

export function nextEffectState(state: EffectState, event: EffectEvent): EffectState {
  switch (event.type) {
    case 'choose':
      if (event.effect === 'off') return { status: 'off' };
      // The same effect again changes nothing: a failure stays shown until another choice.
      if (state.status !== 'off' && state.effect === event.effect) return state;
      return { status: 'starting', effect: event.effect };
    case 'started':
      return state.status === 'starting' ? { status: 'running', effect: state.effect, slowSeconds: 0 } : state;
    case 'failed':
      return state.status === 'starting' || state.status === 'running'
        ? { status: 'failed', effect: state.effect, failure: event.failure }
        : state;
    case 'frameRate': {
      if (state.status !== 'running') return state;
      if (!tooSlow(event.inputFps, event.outputFps)) return state.slowSeconds === 0 ? state : { ...state, slowSeconds: 0 };
      const slowSeconds = state.slowSeconds + 1;
      if (slowSeconds < slowSecondsAllowed) return { ...state, slowSeconds };
      return { status: 'failed', effect: state.effect, failure: { code: 'tooSlow', fps: Math.round(event.outputFps) } };
    }
  }
}

/** Whether what the call sends should go through the effect. */
export function sendsEffect(state: EffectState): boolean {
  return state.status === 'running';
}
