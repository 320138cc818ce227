// Pexip's bandwidth choices (the call rate of its web app: low, medium, high, maximum) and how one
// becomes a cap on what we send: the main video's encodings get the call rate less the audio,
// through RTCRtpSender.setParameters, so a change applies in the running call without an offer.
export const bandwidthChoices = ['low', 'medium', 'high', 'maximum'] as const;
export type BandwidthChoice = (typeof bandwidthChoices)[number];

/** Call rate in kbit/s, as Pexip's web app offers them. */
export const callRateKbps: Record<BandwidthChoice, number> = { low: 512, medium: 1264, high: 2464, maximum: 6144 };

export const defaultBandwidth: BandwidthChoice = 'high';

/** What Opus takes of the call rate (its usual speech bitrate plus headers). */
const audioShareKbps = 64;

export function isBandwidthChoice(value: unknown): value is BandwidthChoice {
  return typeof value === 'string' && (bandwidthChoices as readonly string[]).includes(value);
}

/** The main video's cap, bits per second. */
export function videoMaxBitrate(choice: BandwidthChoice): number {
  return (callRateKbps[choice] - audioShareKbps) * 1000;
}

/** The parts of RTCRtpSender this needs (tests pass a plain object). */
export type BitrateSender = Pick<RTCRtpSender, 'getParameters' | 'setParameters'>;

export type BitrateResult = { ok: true; applied: boolean } | { ok: false; message: string };

/**
 * Caps every encoding of the sender. Before the first answer a sender has no encodings: nothing is
 * applied then (applied: false) and the caller tries again once the call is negotiated.
 */
export async function capSenderBitrate(sender: BitrateSender, maxBitrate: number): Promise<BitrateResult> {
  try {
    const parameters = sender.getParameters();
    if (parameters.encodings.length === 0) return { ok: true, applied: false };
    if (parameters.encodings.every((encoding) => encoding.maxBitrate === maxBitrate)) return { ok: true, applied: true };
    for (const encoding of parameters.encodings) encoding.maxBitrate = maxBitrate;
    await sender.setParameters(parameters);
    return { ok: true, applied: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
