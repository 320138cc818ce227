// werift configuration for the simulator's side of every call: opus + VP8 only (so forwarded RTP
// needs no transcoding) and ICE on loopback only (tests never leave 127.0.0.1).
import {
  RTCRtpCodecParameters,
  useAudioLevelIndication,
  useSdesMid,
  type PeerConfig,
} from 'werift';

const videoFeedback = [
  { type: 'nack' },
  { type: 'nack', parameter: 'pli' },
  { type: 'ccm', parameter: 'fir' },
];

export function simPeerConfig(): Partial<PeerConfig> {
  return {
    codecs: {
      audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2 })],
      video: [new RTCRtpCodecParameters({ mimeType: 'video/VP8', clockRate: 90000, rtcpFeedback: videoFeedback })],
    },
    headerExtensions: {
      audio: [useSdesMid(), useAudioLevelIndication()],
      video: [useSdesMid()],
    },
    // werift defaults to a public STUN server and to every interface; neither belongs in a loopback test.
    iceServers: [],
    iceUseIpv4: false,
    iceUseIpv6: false,
    iceUseTcp: false,
    iceAdditionalHostAddresses: ['127.0.0.1'],
    iceInterfaceAddresses: { udp4: '127.0.0.1' },
  };
}
