// Keeps every RTCPeerConnection the page creates, so a report can read its getStats (the SDK does
// not hand its peer connection out). Installed before the SDK creates one.
import type { InboundMedia } from '../sdkReport';

export function recordPeerConnections(): RTCPeerConnection[] {
  const created: RTCPeerConnection[] = [];
  const Original = window.RTCPeerConnection;
  class RecordedPeerConnection extends Original {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      created.push(this);
    }
  }
  window.RTCPeerConnection = RecordedPeerConnection;
  return created;
}

/** What the newest peer connection decoded so far. */
export async function inboundMedia(connections: readonly RTCPeerConnection[]): Promise<InboundMedia> {
  const media: InboundMedia = { videoFramesDecodedByMid: {}, audioEnergy: 0, audioSamplesReceived: 0 };
  const pc = connections.at(-1);
  if (!pc) return media;
  const stats = await pc.getStats();
  stats.forEach((report: Record<string, unknown>) => {
    if (report['type'] !== 'inbound-rtp') return;
    if (report['kind'] === 'video') media.videoFramesDecodedByMid[String(report['mid'])] = Number(report['framesDecoded'] ?? 0);
    if (report['kind'] === 'audio') {
      media.audioEnergy += Number(report['totalAudioEnergy'] ?? 0);
      media.audioSamplesReceived += Number(report['totalSamplesReceived'] ?? 0);
    }
  });
  return media;
}
