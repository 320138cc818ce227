// Contract between the simulator's signalling (REST/SSE, tests/sim/) and its media engine
// (tests/sim/media/). Signalling decides who is in which room; media answers SDP and moves RTP.

export interface StageSample {
  participantUuid: string;
  /** 0 = silent, 100 = speaking (from the RTP audio-level header extension's voice-activity bit / level). */
  vad: number;
  /** Audio level in -dBov (0 loudest .. 127 silent) as last reported. */
  level: number;
}

export interface CallOptions {
  /** Test Call Service: send the participant's own audio and video back to them. */
  loopback: boolean;
  /**
   * Breakout rooms: while nobody else has media in the room, send the participant's own media
   * back. Infinity's transcoded layout always carries video, even to someone alone in a room; a
   * forwarding simulator has nothing else to send.
   */
  loopbackWhenAlone?: boolean;
}

export interface SimCall {
  readonly callUuid: string;
  readonly participantUuid: string;
  /** The answer to the offer passed to MediaRoom.addCall. */
  readonly answerSdp: string;
  /** Renegotiate (e.g. slides m-line direction changed); resolves with the answer SDP. */
  update(offerSdp: string): Promise<string>;
  /** Trickled remote ICE candidate (spec `new_candidate`: candidate, mid). */
  addRemoteCandidate(candidate: { candidate: string; mid: string }): Promise<void>;
  /** Media may start (spec `ack`). */
  ack(): void;
  close(): Promise<void>;
}

export interface MediaRoom {
  /** Answers a three-m-line WebRTC offer (audio, video, video with a=content:slides). */
  addCall(participantUuid: string, offerSdp: string, options: CallOptions): Promise<SimCall>;
  /**
   * Cuts the media path of this participant's calls (a network change): nothing gets through
   * until the client restarts ICE with an update. Returns how many calls were cut.
   */
  cutMediaPath(participantUuid: string): number;
  /** Loses this share (0–1) of the media sent to this participant's calls (a bad network); 0 ends it. */
  loseMedia(participantUuid: string, loss: number): number;
  /** ICE restarts this participant's current calls have offered so far. */
  iceRestartsOf(participantUuid: string): number;
  /** Closes every call of this participant (they left or were disconnected). */
  removeParticipant(participantUuid: string): Promise<void>;
  /** Who may receive the presentation changed (a host allowed or denied someone): routes are redone. */
  presentationPolicyChanged(): void;
  /** Voice activity changes, ordered by stage index (index 0 = current main speaker). */
  onStage(listener: (stage: StageSample[]) => void): () => void;
  close(): Promise<void>;
}

/** What the conference decides and the media follows. */
export interface MediaPolicy {
  /** Whether this participant is sent the presentation (rx_presentation_policy ALLOW). */
  receivesPresentation(participantUuid: string): boolean;
}

export type CreateMediaRoom = (roomId: string, policy?: MediaPolicy) => MediaRoom;
