// Which of our media SSRCs an RTCP packet asks a keyframe for (PLI, RFC 4585; FIR, RFC 5104).
// Read at the transport rather than trusting werift's routing: werift hands payload-specific
// feedback to whoever owns the *sender* SSRC first, and Chromium (like werift) sends feedback
// from the SSRC of its own outgoing stream, which we know as a receiver, not a sender.
import { PictureLossIndication, RtcpPayloadSpecificFeedback, type RtcpPacket } from 'werift';

/** RFC 5104 FIR's feedback message type; werift parses FIR but does not export its class. */
const fullIntraRequestFormat = 4;

export function keyframeRequestTargets(packet: RtcpPacket): number[] {
  if (!(packet instanceof RtcpPayloadSpecificFeedback)) return [];
  const feedback = packet.feedback;
  if (feedback.count === PictureLossIndication.count) return [feedback.mediaSsrc];
  if (feedback.count === fullIntraRequestFormat && 'fir' in feedback) return feedback.fir.map((entry) => entry.ssrc);
  return [];
}
