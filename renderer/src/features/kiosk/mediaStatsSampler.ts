// Bitrate and packet loss of the room's call from two getStats() samples: inbound-rtp and
// outbound-rtp byte and packet counters, and the far end's view of our packets (remote-inbound-rtp).
import type { KioskMediaStats } from '../../../../electron/shared/kioskCommands';

/** The counters summed over every stream of one sample. */
export interface MediaCounters {
  at: number;
  bytesIn: number;
  bytesOut: number;
  packetsIn: number;
  lostIn: number;
  /** Average fractionLost the far end reports for what we send (0–1), or 0. */
  lossOut: number;
}

type StatsEntry = Record<string, unknown> & { type?: unknown };

const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function countersOf(entries: Iterable<StatsEntry>, at: number): MediaCounters {
  const counters: MediaCounters = { at, bytesIn: 0, bytesOut: 0, packetsIn: 0, lostIn: 0, lossOut: 0 };
  const remoteLoss: number[] = [];
  for (const entry of entries) {
    if (entry.type === 'inbound-rtp') {
      counters.bytesIn += numberOf(entry.bytesReceived);
      counters.packetsIn += numberOf(entry.packetsReceived);
      counters.lostIn += Math.max(0, numberOf(entry.packetsLost));
    } else if (entry.type === 'outbound-rtp') {
      counters.bytesOut += numberOf(entry.bytesSent);
    } else if (entry.type === 'remote-inbound-rtp' && typeof entry.fractionLost === 'number') {
      remoteLoss.push(numberOf(entry.fractionLost));
    }
  }
  counters.lossOut = remoteLoss.length > 0 ? remoteLoss.reduce((sum, value) => sum + value, 0) / remoteLoss.length : 0;
  return counters;
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** The figures between two samples; null when they cannot be compared (same time, counters reset). */
export function mediaStatsBetween(before: MediaCounters, after: MediaCounters): KioskMediaStats | null {
  const seconds = (after.at - before.at) / 1000;
  if (seconds <= 0 || after.bytesIn < before.bytesIn || after.bytesOut < before.bytesOut) return null;
  const received = after.packetsIn - before.packetsIn;
  const lost = after.lostIn - before.lostIn;
  return {
    bitrateIn: clamp(((after.bytesIn - before.bytesIn) * 8) / seconds, 1e10),
    bitrateOut: clamp(((after.bytesOut - before.bytesOut) * 8) / seconds, 1e10),
    packetLossIn: received + lost > 0 ? clamp(lost / (received + lost), 1) : 0,
    packetLossOut: clamp(after.lossOut, 1),
  };
}
