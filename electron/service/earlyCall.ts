// The call a join brings its offer for. The renderer makes its offer on the join screen, so the
// core can post `calls` the moment the token arrives: the node answers while the join's result
// travels to the renderer and the renderer applies it, instead of after (one bridge round trip and
// the renderer's join handling less before ICE can start). startCall with the same offer takes that
// answer; any other startCall ends the early call first, and one nobody claims is ended too.
import type { CallOffer } from '../shared/bridge';
import type { JoinedInfo } from '../shared/meeting';
import { type ActiveMeeting, callFunctions, participantFunctions } from '../infinity';

/** An early call not claimed by then was not wanted (the renderer made another, or none). */
export const earlyCallUnclaimedMs = 10_000;

type CallsAnswer = Awaited<ReturnType<typeof participantFunctions.calls>>;
type CallTarget = { participantUuid: string; breakoutUuid?: string };

interface EarlyCall {
  offer: CallOffer;
  target: CallTarget;
  answer: Promise<CallsAnswer>;
  unclaimed: ReturnType<typeof setTimeout>;
}

/** Whether the renderer will use an offer made before it knew the node's settings. */
export function earlyCallFits(info: Pick<JoinedInfo, 'trickleIce' | 'callType'>, offer: CallOffer): boolean {
  // Without trickle ICE the offer must carry the candidates, gathered with the node's ICE servers;
  // an audio-only node gets a call of its own (its presentation line stays inactive), not the one
  // made ahead for a video node.
  return info.trickleIce && info.callType !== 'audio' && offer.sdp.length > 0;
}

export function createEarlyCalls(unclaimedMs = earlyCallUnclaimedMs) {
  const calls = new WeakMap<ActiveMeeting, EarlyCall>();

  function take(active: ActiveMeeting): EarlyCall | undefined {
    const early = calls.get(active);
    if (!early) return undefined;
    calls.delete(active);
    clearTimeout(early.unclaimed);
    return early;
  }

  /** Ends an early call on the node (nothing is said to the renderer: it never knew of it). */
  async function end(active: ActiveMeeting, early: EarlyCall): Promise<void> {
    const answer = await early.answer;
    if (!answer.ok || active.isEnded) return;
    await callFunctions.disconnect(active.commandContext, { ...early.target, callUuid: answer.value.call_uuid });
  }

  return {
    /** Posts `calls` with the join's offer now, for startCall to claim. */
    start(active: ActiveMeeting, offer: CallOffer): void {
      const previous = take(active);
      if (previous) void end(active, previous);
      const target = active.state.mediaTarget();
      const answer = participantFunctions.calls(active.commandContext, { ...target, sdp: offer.sdp, mediaType: offer.mediaType });
      const unclaimed = setTimeout(() => {
        const early = take(active);
        if (early) void end(active, early);
      }, unclaimedMs);
      unclaimed.unref?.();
      calls.set(active, { offer, target, answer, unclaimed });
    },

    /**
     * The early call's answer when `offer` (for `target`) is the one it was made with. Otherwise
     * null, the early call (if any) having been ended first: the node keeps one call per participant.
     */
    async claim(active: ActiveMeeting, offer: CallOffer, target: CallTarget): Promise<CallsAnswer | null> {
      const early = take(active);
      if (!early) return null;
      const same =
        early.offer.sdp === offer.sdp &&
        early.offer.mediaType === offer.mediaType &&
        early.target.participantUuid === target.participantUuid &&
        early.target.breakoutUuid === target.breakoutUuid;
      if (same) return early.answer;
      await end(active, early);
      return null;
    },
  };
}

export type EarlyCalls = ReturnType<typeof createEarlyCalls>;
