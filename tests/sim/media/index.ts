// The simulator's media engine: werift peer connections joined into voice-switched rooms.
import { VoiceSwitchedRoom } from './mediaRoom';
import type { CreateMediaRoom } from './types';

export const createMediaRoom: CreateMediaRoom = (roomId, policy) => new VoiceSwitchedRoom(roomId, policy);
export type { CallOptions, CreateMediaRoom, MediaRoom, SimCall, StageSample } from './types';
