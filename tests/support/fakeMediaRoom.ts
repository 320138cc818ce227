// A media engine for signalling tests: answers every offer with a fixed SDP and records what the
// signalling layer asked of it. Tests can push voice activity through `emitStage`.
import { randomUUID } from 'node:crypto';
import type { CallOptions, CreateMediaRoom, MediaPolicy, MediaRoom, SimCall, StageSample } from '../sim/media/types';

export const FAKE_ANSWER_SDP = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=fake-answer\r\nt=0 0\r\n';
export const FAKE_UPDATE_SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=fake-update\r\nt=0 0\r\n';

export interface FakeCallRecord {
  callUuid: string;
  participantUuid: string;
  offerSdp: string;
  options: CallOptions;
  acked: number;
  updates: string[];
  candidates: { candidate: string; mid: string }[];
  closed: boolean;
}

export class FakeMediaRoom implements MediaRoom {
  readonly calls: FakeCallRecord[] = [];
  readonly removedParticipants: string[] = [];
  /** Participants whose media path a test cut (/_sim/drop_media). */
  readonly cutPaths: string[] = [];
  readonly lossyPaths: { participantUuid: string; loss: number }[] = [];
  closed = false;
  private readonly stageListeners = new Set<(stage: StageSample[]) => void>();

  /** How often the conference said who may receive the presentation changed. */
  presentationPolicyChanges = 0;

  constructor(
    readonly roomId: string,
    /** What the conference said about who receives the presentation (asked by tests). */
    readonly policy?: MediaPolicy,
  ) {}

  presentationPolicyChanged(): void {
    this.presentationPolicyChanges += 1;
  }

  async addCall(participantUuid: string, offerSdp: string, options: CallOptions): Promise<SimCall> {
    const record: FakeCallRecord = {
      callUuid: randomUUID(),
      participantUuid,
      offerSdp,
      options,
      acked: 0,
      updates: [],
      candidates: [],
      closed: false,
    };
    this.calls.push(record);
    return {
      callUuid: record.callUuid,
      participantUuid,
      answerSdp: FAKE_ANSWER_SDP,
      update: async (sdp) => {
        record.updates.push(sdp);
        return FAKE_UPDATE_SDP;
      },
      addRemoteCandidate: async (candidate) => {
        record.candidates.push(candidate);
      },
      ack: () => {
        record.acked += 1;
      },
      close: async () => {
        record.closed = true;
      },
    };
  }

  cutMediaPath(participantUuid: string): number {
    const theirs = this.calls.filter((call) => call.participantUuid === participantUuid && !call.closed);
    if (theirs.length > 0) this.cutPaths.push(participantUuid);
    return theirs.length;
  }

  loseMedia(participantUuid: string, loss: number): number {
    const theirs = this.calls.filter((call) => call.participantUuid === participantUuid && !call.closed);
    if (theirs.length > 0) this.lossyPaths.push({ participantUuid, loss });
    return theirs.length;
  }

  iceRestartsOf(): number {
    return 0;
  }

  async removeParticipant(participantUuid: string): Promise<void> {
    this.removedParticipants.push(participantUuid);
    for (const call of this.calls) if (call.participantUuid === participantUuid) call.closed = true;
  }

  onStage(listener: (stage: StageSample[]) => void): () => void {
    this.stageListeners.add(listener);
    return () => this.stageListeners.delete(listener);
  }

  emitStage(stage: StageSample[]): void {
    for (const listener of this.stageListeners) listener(stage);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** A factory plus every room it created, newest last per room id. */
export function createFakeMediaEngine(): { createMediaRoom: CreateMediaRoom; rooms: FakeMediaRoom[] } {
  const rooms: FakeMediaRoom[] = [];
  return {
    rooms,
    createMediaRoom: (roomId, policy) => {
      const room = new FakeMediaRoom(roomId, policy);
      rooms.push(room);
      return room;
    },
  };
}
