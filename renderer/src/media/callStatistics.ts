// The figures of "Call statistics" from getStats() reports: one sample holds the raw counters of
// each stream (audio, video, presentation; in and out), and two samples give the rates (bitrate,
// frames per second, packet loss) between them. Plain data in, plain data out: no WebRTC objects.

export type StreamMedia = 'audio' | 'video' | 'presentation';
export type StreamDirection = 'in' | 'out';

/** What one stream's counters read at one moment. */
export interface StreamSample {
  media: StreamMedia;
  direction: StreamDirection;
  /** Milliseconds (the report's own clock). */
  at: number;
  bytes: number;
  /** Packets received (in) or sent (out). */
  packets: number;
  /** Cumulative packets lost: measured here (in), or as the far end reports (out). */
  packetsLost: number;
  /** Frames decoded (in) or encoded (out); 0 for audio. */
  frames: number;
  codec: string | null;
  width: number | null;
  height: number | null;
  /** The browser's own frames per second, when it reports one. */
  framesPerSecond: number | null;
  /** Seconds, as getStats reports jitter. */
  jitter: number | null;
  /** Seconds: the far end's round trip for what we send, else the transport's. */
  roundTripTime: number | null;
  /** The far end's fraction of our packets lost (0–1) in its last report (out only). */
  fractionLost: number | null;
  qualityLimitationReason: string | null;
}

/** One row of the panel. Rates are null until two samples can be compared. */
export interface StreamFigures {
  media: StreamMedia;
  direction: StreamDirection;
  codec: string | null;
  width: number | null;
  height: number | null;
  framesPerSecond: number | null;
  /** Bits per second. */
  bitrate: number | null;
  /** 0–1. */
  packetLoss: number | null;
  jitterMs: number | null;
  roundTripMs: number | null;
  qualityLimitationReason: string | null;
}

/** A getStats() entry as plain data: every field is untrusted and may be missing. */
export type StatsEntry = Record<string, unknown> & { type?: unknown; id?: unknown };

/** The call's m-lines by mid (audio, main video, presentation), from the transceivers. */
export type MediaByMid = Readonly<Record<string, StreamMedia>>;

const finite = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const count = (value: unknown): number => Math.max(0, finite(value) ?? 0);
const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

function mediaOf(entry: StatsEntry, byMid: MediaByMid): StreamMedia | null {
  const mid = text(entry.mid);
  if (mid !== null && Object.hasOwn(byMid, mid)) return byMid[mid] ?? null;
  // Without a mid (older reports), the kind still tells audio from video; video is the main line.
  if (mid === null) return entry.kind === 'audio' ? 'audio' : entry.kind === 'video' ? 'video' : null;
  return null;
}

/** "VP8" from "video/VP8". */
function codecName(entry: StatsEntry | undefined): string | null {
  const mime = text(entry?.mimeType);
  if (mime === null) return null;
  return mime.includes('/') ? mime.slice(mime.indexOf('/') + 1) : mime;
}

/** The nominated candidate pair's current round trip (seconds): the transport's view. */
function transportRoundTrip(byId: Map<string, StatsEntry>): number | null {
  for (const entry of byId.values()) {
    if (entry.type === 'transport') {
      const pair = byId.get(String(entry.selectedCandidatePairId));
      const rtt = finite(pair?.currentRoundTripTime);
      if (rtt !== null) return rtt;
    }
  }
  for (const entry of byId.values()) {
    if (entry.type === 'candidate-pair' && entry.nominated === true && entry.state === 'succeeded') {
      const rtt = finite(entry.currentRoundTripTime);
      if (rtt !== null) return rtt;
    }
  }
  return null;
}

/** One sample of every stream in a report; `at` (milliseconds) stands in for an entry without its own timestamp. */
export function streamSamples(entries: Iterable<StatsEntry>, byMid: MediaByMid, at: number): StreamSample[] {
  const byId = new Map<string, StatsEntry>();
  for (const entry of entries) if (typeof entry.id === 'string') byId.set(entry.id, entry);
  const transportRtt = transportRoundTrip(byId);
  const samples: StreamSample[] = [];
  const seen = new Set<string>();
  for (const entry of byId.values()) {
    const direction: StreamDirection | null = entry.type === 'inbound-rtp' ? 'in' : entry.type === 'outbound-rtp' ? 'out' : null;
    if (direction === null) continue;
    const media = mediaOf(entry, byMid);
    if (media === null || seen.has(`${media}-${direction}`)) continue;
    seen.add(`${media}-${direction}`);
    const codec = codecName(byId.get(String(entry.codecId)));
    const common = {
      media,
      direction,
      // The report's own clock: when the counters were read, not when a busy renderer got them.
      at: finite(entry.timestamp) ?? at,
      codec,
      width: finite(entry.frameWidth),
      height: finite(entry.frameHeight),
      framesPerSecond: finite(entry.framesPerSecond),
    };
    if (direction === 'in') {
      samples.push({
        ...common,
        bytes: count(entry.bytesReceived),
        packets: count(entry.packetsReceived),
        packetsLost: count(entry.packetsLost),
        frames: count(entry.framesDecoded),
        jitter: finite(entry.jitter),
        roundTripTime: transportRtt,
        fractionLost: null,
        qualityLimitationReason: null,
      });
    } else {
      const remote = byId.get(String(entry.remoteId));
      samples.push({
        ...common,
        bytes: count(entry.bytesSent),
        packets: count(entry.packetsSent),
        packetsLost: count(remote?.packetsLost),
        frames: count(entry.framesEncoded),
        jitter: finite(remote?.jitter),
        roundTripTime: finite(remote?.roundTripTime) ?? transportRtt,
        fractionLost: finite(remote?.fractionLost),
        qualityLimitationReason: text(entry.qualityLimitationReason),
      });
    }
  }
  return samples;
}

const clamp = (value: number, max: number): number => Math.min(max, Math.max(0, value));
const toMs = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds * 1000));

/** The rates of one stream between two of its samples; null rates when they cannot be compared. */
export function figuresBetween(before: StreamSample | undefined, after: StreamSample): StreamFigures {
  const seconds = before ? (after.at - before.at) / 1000 : 0;
  // Counters that went back mean a new stream (a new call, a replaced m-line): no rate this time.
  const comparable = before !== undefined && seconds > 0 && after.bytes >= before.bytes && after.packets >= before.packets;
  let bitrate: number | null = null;
  let packetLoss: number | null = null;
  let framesPerSecond = after.framesPerSecond;
  if (comparable) {
    bitrate = clamp(((after.bytes - before.bytes) * 8) / seconds, 1e10);
    const lost = Math.max(0, after.packetsLost - before.packetsLost);
    const packets = after.packets - before.packets;
    if (after.direction === 'in') packetLoss = packets + lost > 0 ? clamp(lost / (packets + lost), 1) : 0;
    else packetLoss = after.fractionLost !== null ? clamp(after.fractionLost, 1) : packets > 0 ? clamp(lost / packets, 1) : 0;
    if (framesPerSecond === null && after.media !== 'audio' && after.frames >= before.frames) {
      framesPerSecond = clamp((after.frames - before.frames) / seconds, 1000);
    }
  }
  return {
    media: after.media,
    direction: after.direction,
    codec: after.codec,
    width: after.width,
    height: after.height,
    framesPerSecond: after.media === 'audio' ? null : framesPerSecond,
    bitrate,
    packetLoss,
    jitterMs: toMs(after.jitter),
    roundTripMs: toMs(after.roundTripTime),
    qualityLimitationReason: after.qualityLimitationReason,
  };
}

/** Every stream of the later sample, with its rates against the earlier one. */
export function callFigures(before: readonly StreamSample[], after: readonly StreamSample[]): StreamFigures[] {
  return after.map((sample) =>
    figuresBetween(
      before.find((old) => old.media === sample.media && old.direction === sample.direction),
      sample,
    ),
  );
}
