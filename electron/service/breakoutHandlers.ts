// Bridge handlers for breakout rooms: each validates its untrusted argument, needs a joined
// meeting, runs the typed breakout request (or the ordinary control request scoped to one room)
// and passes the node's answer back. Rooms, rosters and locations change only by the node's events.
import type { BridgeHandlers, CommandWords } from '../shared/bridge';
import type { BreakoutCommandMap, BreakoutConferenceActionName } from '../shared/breakoutCommands';
import {
  breakoutFunctions,
  commandError,
  conferenceControl,
  type Logger,
  type OperationContext,
  type OperationResult,
  type ActiveMeeting,
} from '../infinity';
import { createInMeetingCommand } from './inMeetingCommand';
import { runParticipantAction } from './meetingControlsHandlers';

type BreakoutHandlers = Pick<BridgeHandlers, keyof BreakoutCommandMap>;
type Ctx = OperationContext;

export const breakoutMessages = {
  partlyOpened: (opened: number, total: number) =>
    `Only ${opened} of ${total} breakout rooms could be opened; the others were not created.`,
  notInBreakout: 'You are not in a breakout room.',
} as const;

const notInBreakout: CommandWords = { message: breakoutMessages.notInBreakout, wording: 'notInBreakout' };
const partlyOpened = (opened: number, total: number): CommandWords => ({
  message: breakoutMessages.partlyOpened(opened, total),
  wording: 'breakoutsPartlyOpened',
  values: { opened, total },
});

function runConferenceAction(ctx: Ctx, breakoutUuid: string, action: BreakoutConferenceActionName): Promise<OperationResult<null>> {
  const room = { breakoutUuid };
  switch (action) {
    case 'lock':
      return conferenceControl.lock(ctx, room);
    case 'unlock':
      return conferenceControl.unlock(ctx, room);
    case 'muteGuests':
      return conferenceControl.muteGuests(ctx, room);
    case 'unmuteGuests':
      return conferenceControl.unmuteGuests(ctx, room);
  }
}

/** A guest inside a breakout room has its own token there; a host whose media is in one acts on it from the main room. */
function helpRoom(active: ActiveMeeting): { breakoutUuid?: string } {
  const location = active.state.location();
  return location && active.state.mediaTarget().breakoutUuid !== undefined ? { breakoutUuid: location.breakoutUuid } : {};
}

export function createBreakoutHandlers(currentMeeting: () => ActiveMeeting | null, logger: Logger): BreakoutHandlers {
  const inMeeting = createInMeetingCommand(currentMeeting, logger);

  return {
    openBreakouts: inMeeting('openBreakouts', async (_active, ctx, arg) => {
      const created: string[] = [];
      // One request per room; each moves its people from the main room as it opens.
      for (const room of arg.rooms) {
        const result = await breakoutFunctions.create(ctx, {
          name: room.name,
          end_action: arg.endAction,
          guests_allowed_to_leave: arg.guestsAllowedToLeave,
          ...(arg.durationSeconds ? { duration: arg.durationSeconds } : {}),
          ...(room.participantUuids.length > 0 ? { participants: { main: room.participantUuids } } : {}),
        });
        if (!result.ok) {
          if (created.length === 0) return result;
          return { ok: false, error: { ...result.error, ...partlyOpened(created.length, arg.rooms.length) } };
        }
        created.push(result.value.breakoutUuid);
      }
      return { ok: true, value: created };
    }),

    moveToBreakout: inMeeting('moveToBreakout', (_active, ctx, arg) =>
      breakoutFunctions.moveParticipants(ctx, { from: arg.from, to: arg.to, participants: arg.participantUuids }),
    ),

    joinBreakout: inMeeting('joinBreakout', (_active, ctx, arg) =>
      breakoutFunctions.moveParticipants(ctx, { from: 'main', to: arg.breakoutUuid, participants: [ctx.participantUuid] }),
    ),

    messageBreakouts: inMeeting('messageBreakouts', (_active, ctx, arg) => breakoutFunctions.messageAll(ctx, { payload: arg.text })),

    closeBreakout: inMeeting('closeBreakout', (_active, ctx, arg) => breakoutFunctions.close(ctx, { breakoutUuid: arg.breakoutUuid })),

    closeAllBreakouts: inMeeting('closeAllBreakouts', async (_active, ctx) => {
      // Everyone goes back to the main room first, whatever each room's end action, then the rooms close.
      const emptied = await breakoutFunctions.empty(ctx);
      if (!emptied.ok) return emptied;
      return breakoutFunctions.closeAll(ctx);
    }),

    emptyBreakouts: inMeeting('emptyBreakouts', (_active, ctx) => breakoutFunctions.empty(ctx)),

    clearBreakoutHelp: inMeeting('clearBreakoutHelp', (_active, ctx, arg) => breakoutFunctions.clearHelp(ctx, { breakoutUuid: arg.breakoutUuid })),

    askForHelp: inMeeting('askForHelp', async (active, ctx, arg) => {
      if (!active.state.location()) return { ok: false, error: commandError('failed', notInBreakout) };
      const room = helpRoom(active);
      return arg.cancel ? breakoutFunctions.clearHelp(ctx, room) : breakoutFunctions.requestHelp(ctx, room);
    }),

    leaveBreakout: inMeeting('leaveBreakout', async (active, ctx) => {
      if (!active.state.location()) return { ok: false, error: commandError('failed', notInBreakout) };
      // A host's media comes back by moving themself to the main room; a guest leaves the room they joined.
      if (active.state.mediaTarget().breakoutUuid !== undefined) {
        return breakoutFunctions.moveParticipants(ctx, { from: 'main', to: 'main', participants: [ctx.participantUuid] });
      }
      return breakoutFunctions.leave(ctx);
    }),

    breakoutParticipantAction: inMeeting('breakoutParticipantAction', (_active, ctx, arg) =>
      runParticipantAction(ctx, { action: arg.action, participantUuid: arg.participantUuid }, { breakoutUuid: arg.breakoutUuid }),
    ),

    breakoutConferenceAction: inMeeting('breakoutConferenceAction', (_active, ctx, arg) => runConferenceAction(ctx, arg.breakoutUuid, arg.action)),

    breakoutLayout: inMeeting('breakoutLayout', (_active, ctx, arg) =>
      conferenceControl.transformLayout(ctx, { transforms: { layout: arg.layout }, breakoutUuid: arg.breakoutUuid }),
    ),
  };
}
