// What the SDK peer page (page/sdkPeer.ts) is asked to do and reports back. No DOM types: the page
// (browser) and the tests driving it (Node) both import this.

export interface SdkJoinOptions {
  alias: string;
  displayName: string;
  pin?: string;
  /** Default 1024 kbps. */
  bandwidth?: number;
}

export type SdkPhase = 'idle' | 'joining' | 'connected' | 'disconnected' | 'failed';

export interface InboundMedia {
  /** framesDecoded of every inbound video stream, by mid. */
  videoFramesDecodedByMid: Record<string, number>;
  /** totalAudioEnergy of inbound audio (stays 0 for silence or when nothing arrives). */
  audioEnergy: number;
  audioSamplesReceived: number;
}

export interface SdkReport {
  phase: SdkPhase;
  /** request_token's answer status. */
  joinStatus: number | undefined;
  /** Display names in the main room's participant list, sorted. */
  participants: string[];
  messages: { from: string; text: string }[];
  /** presenter_uuid of every presentation_start the SDK parsed. */
  presentationStarts: string[];
  presentationStops: number;
  /** presentation_frame events the SDK parsed. */
  presentationFrames: number;
  /** Whether the SDK handed over a remote presentation stream. */
  presentationStreamReceived: boolean;
  /** The SDK's presentation receive state ('connected' once it receives a presentation). */
  presentationReceive: string;
  callConnected: boolean;
  /** onError / onDisconnected signals and error or fatal log lines of the SDK. */
  errors: string[];
  /** Frames the page's video elements decoded (getVideoPlaybackQuality). */
  remoteVideoFrames: number;
  remotePresentationFrames: number;
  inbound: InboundMedia;
}
