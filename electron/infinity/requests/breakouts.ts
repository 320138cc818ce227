// Breakout room functions of the client API: creating and closing rooms, moving participants
// between rooms, help requests and leaving. Per-room conference and participant controls are the
// conference control and participant functions with `breakoutUuid` set.
import {
  breakoutDisconnect,
  breakoutMoveParticipants,
  breakoutMoveParticipantsFromMain,
  breakouts as createBreakoutRequest,
  breakoutsDisconnect,
  breakoutsEmpty,
  breakoutsMessage,
  guestBreakoutBuzz,
  guestClearBreakoutBuzz,
  guestLeaveBreakout,
  hostBreakoutBuzz,
  hostClearBreakoutBuzz,
} from '@pexip/infinity-api';
import { acceptDone, acceptResult, checkedBody, runOperation, type OperationContext, type OperationResult } from './operationRequest';
import { createBreakoutBody, type CreateBreakoutRequest } from './requestBodies';
import { createBreakoutResult } from './responseResults';
import { chooseRequest, roomPost, type RoomArg } from './requestChoice';

type Ctx = OperationContext;

const conference = (ctx: Ctx) => ({ host: ctx.host, params: { conferenceAlias: ctx.alias } });
const inBreakout = (ctx: Ctx, breakoutUuid: string) => ({ host: ctx.host, params: { conferenceAlias: ctx.alias, breakoutUuid } });

/** A room as move requests name it: "main", "previous" (destination only) or a breakout uuid. */
export type RoomReference = 'main' | 'previous' | (string & {});

export interface MoveParticipantsRequest {
  /** The room the participants are in now ("main" or a breakout uuid). */
  from: string;
  to: RoomReference;
  /** Empty: everyone in `from`. */
  participants: string[];
}

export const breakoutFunctions = {
  /** Creates a breakout room (optionally moving participants into it); answers its uuid. */
  async create(ctx: Ctx, arg: CreateBreakoutRequest): Promise<OperationResult<{ breakoutUuid: string }>> {
    const body = checkedBody(createBreakoutBody, arg);
    if (!body.ok) return body;
    const result = await runOperation(
      ctx,
      'breakouts',
      { library: (fetcher, init) => createBreakoutRequest({ ...conference(ctx), fetcher, init, body: body.value }) },
      acceptResult(createBreakoutResult),
    );
    return result.ok ? { ok: true, value: { breakoutUuid: result.value.breakout_uuid } } : result;
  },

  /** Closes one room: its participants go back to the main room or are disconnected (end_action). */
  close: (ctx: Ctx, arg: { breakoutUuid: string }) =>
    runOperation(
      ctx,
      'breakout disconnect',
      { library: (fetcher, init) => breakoutDisconnect({ ...inBreakout(ctx, arg.breakoutUuid), fetcher, init }) },
      acceptDone,
    ),

  closeAll: (ctx: Ctx) =>
    runOperation(ctx, 'breakouts/disconnect', { library: (fetcher, init) => breakoutsDisconnect({ ...conference(ctx), fetcher, init }) }, acceptDone),

  /** Moves everyone back to the main room; the rooms stay open. */
  empty: (ctx: Ctx) =>
    runOperation(ctx, 'breakouts/empty', { library: (fetcher, init) => breakoutsEmpty({ ...conference(ctx), fetcher, init }) }, acceptDone),

  /** A chat message to every breakout room. */
  messageAll: (ctx: Ctx, arg: { payload: string; type?: 'text/plain' | 'application/json' }) => {
    const body = { type: arg.type ?? 'text/plain', payload: arg.payload } as const;
    return runOperation(ctx, 'breakouts/message', { library: (fetcher, init) => breakoutsMessage({ ...conference(ctx), fetcher, init, body }) }, acceptDone);
  },

  moveParticipants(ctx: Ctx, arg: MoveParticipantsRequest): Promise<OperationResult<null>> {
    const body = { breakout_uuid: arg.to, participants: arg.participants };
    const request =
      arg.from === 'main'
        ? { library: (fetcher: typeof fetch, init: RequestInit) => breakoutMoveParticipantsFromMain({ ...conference(ctx), fetcher, init, body }) }
        : { library: (fetcher: typeof fetch, init: RequestInit) => breakoutMoveParticipants({ ...inBreakout(ctx, arg.from), fetcher, init, body }) };
    return runOperation(ctx, 'move participants', request, acceptDone);
  },

  /** Asks for help: from inside a breakout room, or (host) on behalf of one (`breakoutUuid`). */
  requestHelp: (ctx: Ctx, room: RoomArg = {}) =>
    runOperation(
      ctx,
      'breakoutbuzz',
      chooseRequest(room, roomPost(room, 'breakoutbuzz'), {
        main: (fetcher, init) => guestBreakoutBuzz({ ...conference(ctx), fetcher, init }),
        breakout: (breakoutUuid) => (fetcher, init) => hostBreakoutBuzz({ ...inBreakout(ctx, breakoutUuid), fetcher, init }),
      }),
      acceptDone,
    ),

  /** Dismisses a help request: from inside the room, or (host) for one room (`breakoutUuid`). */
  clearHelp: (ctx: Ctx, room: RoomArg = {}) =>
    runOperation(
      ctx,
      'clearbreakoutbuzz',
      chooseRequest(room, roomPost(room, 'clearbreakoutbuzz'), {
        main: (fetcher, init) => guestClearBreakoutBuzz({ ...conference(ctx), fetcher, init }),
        breakout: (breakoutUuid) => (fetcher, init) => hostClearBreakoutBuzz({ ...inBreakout(ctx, breakoutUuid), fetcher, init }),
      }),
      acceptDone,
    ),

  /** Returns to the main room from a breakout room (when guests are allowed to leave). */
  leave: (ctx: Ctx) =>
    runOperation(ctx, 'leavebreakout', { library: (fetcher, init) => guestLeaveBreakout({ ...conference(ctx), fetcher, init }) }, acceptDone),
};
