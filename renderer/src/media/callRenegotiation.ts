// A new offer for a call already set up (the presentation m-line changed direction): update with
// the offer, apply the node's answer and ack it, as Pexip's clients do after every answer.
import type { ParleyApi } from '../../../electron/shared/bridge';
import { addSlidesContent } from './sdpSlides';
import type { NegotiationResult } from './slidesTransceiver';
import { mediaFailure } from './mediaFailure';
import { withStartBitrate } from './startBitrate';

export type RenegotiationSignalling = Pick<ParleyApi, 'updateCall' | 'ackCall'>;

/** The parts of RTCPeerConnection a renegotiation uses. */
export type RenegotiatingPeer = Pick<RTCPeerConnection, 'createOffer' | 'setLocalDescription' | 'setRemoteDescription' | 'localDescription' | 'signalingState'>;

/**
 * `gate`: what must succeed before the offer may go to the node (take_floor for a new share). The
 * offer is made and applied locally while it is pending, so only the update itself waits for it;
 * when it fails the local offer is rolled back and its result returned, and the node hears nothing.
 */
export async function renegotiateCall(
  pc: RenegotiatingPeer,
  signalling: RenegotiationSignalling,
  isClosed: () => boolean,
  gate?: Promise<NegotiationResult>,
): Promise<NegotiationResult> {
  const closed: NegotiationResult = mediaFailure('callClosed');
  try {
    if (isClosed()) return closed;
    const offer = await pc.createOffer();
    // Applied while the offer travels, as the join's offer is (measured: setLocalDescription took
    // ~20 ms of a share's start); only the node's answer, and a rollback, wait for it.
    const applied = pc.setLocalDescription(offer);
    // Kept from being an unhandled rejection until it is awaited.
    applied.catch(() => undefined);
    const sdp = addSlidesContent(offer.sdp ?? '');
    if (gate) {
      const allowed = await gate;
      if (!allowed.ok) {
        await applied;
        if (pc.signalingState === 'have-local-offer') await pc.setLocalDescription({ type: 'rollback' });
        return allowed;
      }
      if (isClosed()) return closed;
    }
    const updated = await signalling.updateCall({ sdp });
    await applied;
    if (isClosed()) return closed;
    if (!updated.ok) {
      // Back to the last agreed state, so a later offer starts clean.
      if (pc.signalingState === 'have-local-offer') await pc.setLocalDescription({ type: 'rollback' });
      return { ok: false, message: updated.error.message };
    }
    return await applyAnswerAndAck(pc, signalling, updated.value.sdp);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Applies the node's answer and acks it at the same time, as Pexip's SDK does: the ack needs
 * nothing from the browser's side, and the node starts media on it, so it does not wait for
 * Chromium to finish applying the answer. Either failing fails the exchange.
 */
export async function applyAnswerAndAck(
  pc: Pick<RTCPeerConnection, 'setRemoteDescription'>,
  signalling: Pick<ParleyApi, 'ackCall'>,
  answerSdp: string,
): Promise<NegotiationResult> {
  const applied = pc.setRemoteDescription({ type: 'answer', sdp: withStartBitrate(answerSdp) });
  // Kept from being an unhandled rejection while the ack is awaited; its error is read below.
  applied.catch(() => undefined);
  const acked = await signalling.ackCall(null);
  await applied;
  if (!acked.ok) return { ok: false, message: acked.error.message };
  return { ok: true };
}
