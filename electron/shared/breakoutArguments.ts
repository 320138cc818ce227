// zod schemas for the breakout rooms commands' arguments (the renderer is untrusted).
import { z } from 'zod';
import type { BreakoutCommandMap } from './breakoutCommands';

const uuid = z.string().trim().min(1).max(128);
const roomReference = z.union([z.literal('main'), z.literal('previous'), uuid]);
/** Where people are now: the main room or a breakout uuid ("previous" names no room to move from). */
const currentRoom = z.union([z.literal('main'), uuid.refine((value) => value !== 'previous', 'previous is only a destination')]);
const noArgument = z.null().optional().transform(() => null);
/** Pexip allows up to 50 rooms; a day is more than any breakout session needs. */
const maxRooms = 50;
const maxDurationSeconds = 24 * 60 * 60;

const roomPlan = z.object({
  name: z.string().trim().min(1, 'a room needs a name').max(100),
  participantUuids: z.array(uuid).max(2000),
});

export const breakoutArgumentSchemas = {
  openBreakouts: z
    .object({
      rooms: z.array(roomPlan).min(1, 'at least one room').max(maxRooms),
      durationSeconds: z.number().int().min(0).max(maxDurationSeconds).optional(),
      endAction: z.enum(['transfer', 'disconnect']),
      guestsAllowedToLeave: z.boolean(),
    })
    .refine((value) => new Set(value.rooms.map((room) => room.name.trim())).size === value.rooms.length, 'room names repeat')
    .refine((value) => {
      const everyone = value.rooms.flatMap((room) => room.participantUuids);
      return new Set(everyone).size === everyone.length;
    }, 'a person is assigned to two rooms'),
  moveToBreakout: z.object({
    from: currentRoom,
    to: roomReference,
    participantUuids: z.array(uuid).min(1).max(2000),
  }),
  joinBreakout: z.object({ breakoutUuid: currentRoom }),
  messageBreakouts: z.object({ text: z.string().max(10_000).refine((text) => text.trim() !== '', 'empty message') }),
  closeBreakout: z.object({ breakoutUuid: uuid }),
  closeAllBreakouts: noArgument,
  emptyBreakouts: noArgument,
  clearBreakoutHelp: z.object({ breakoutUuid: uuid }),
  askForHelp: z.object({ cancel: z.boolean() }),
  leaveBreakout: noArgument,
  breakoutParticipantAction: z.object({
    breakoutUuid: uuid,
    participantUuid: uuid,
    action: z.enum(['mute', 'unmute', 'stopVideo', 'allowVideo', 'disconnect']),
  }),
  breakoutConferenceAction: z.object({ breakoutUuid: uuid, action: z.enum(['lock', 'unlock', 'muteGuests', 'unmuteGuests']) }),
  breakoutLayout: z.object({ breakoutUuid: uuid, layout: z.string().trim().min(1).max(64) }),
} satisfies { [K in keyof BreakoutCommandMap]: z.ZodType<BreakoutCommandMap[K]['arg'], unknown> };
