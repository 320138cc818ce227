// A new offer for a call already set up (the presentation m-line changed direction): update with
// the offer, apply the node's answer, then ack it, as Pexip's clients do after every answer.
import type { ParleyApi } from '../../../electron/shared/bridge';
import { addSlidesContent } from './sdpSlides';
import type { NegotiationResult } from './slidesTransceiver';

export type RenegotiationSignalling = Pick<ParleyApi, 'updateCall' | 'ackCall'>;

/** The parts of RTCPeerConnection a renegotiation uses. */
export type RenegotiatingPeer = Pick<RTCPeerConnection, 'createOffer' | 'setLocalDescription' | 'setRemoteDescription' | 'localDescription' | 'signalingState'>;

export async function renegotiateCall(
  pc: RenegotiatingPeer,
  signalling: RenegotiationSignalling,
  isClosed: () => boolean,
): Promise<NegotiationResult> {
  const closed: NegotiationResult = { ok: false, message: 'the call was closed' };
  try {
    if (isClosed()) return closed;
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    const sdp = addSlidesContent(pc.localDescription?.sdp ?? offer.sdp ?? '');
    const updated = await signalling.updateCall({ sdp });
    if (isClosed()) return closed;
    if (!updated.ok) {
      // Back to the last agreed state, so a later offer starts clean.
      if (pc.signalingState === 'have-local-offer') await pc.setLocalDescription({ type: 'rollback' });
      return { ok: false, message: updated.error.message };
    }
    await pc.setRemoteDescription({ type: 'answer', sdp: updated.value.sdp });
    const acked = await signalling.ackCall(null);
    if (!acked.ok) return { ok: false, message: acked.error.message };
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
