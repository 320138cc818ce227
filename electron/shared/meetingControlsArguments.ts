// zod schemas for the in-meeting controls commands' arguments (the renderer is untrusted).
import { z } from 'zod';
import type { MeetingControlsCommandMap } from './meetingControlsCommands';

const uuid = z.string().trim().min(1).max(128);
const role = z.enum(['host', 'guest']);
const noArgument = z.null().optional().transform(() => null);

const simpleParticipantActions = z.enum([
  'mute',
  'unmute',
  'stopVideo',
  'allowVideo',
  'spotlightOn',
  'spotlightOff',
  'makeHost',
  'makeGuest',
  'admit',
  'raiseHand',
  'lowerHand',
  'allowPresentation',
  'denyPresentation',
  'disconnect',
]);

const participantAction = z.discriminatedUnion('action', [
  z.object({ participantUuid: uuid, action: simpleParticipantActions }),
  z.object({ participantUuid: uuid, action: z.literal('dtmf'), digits: z.string().regex(/^[0-9*#A-Da-d]{1,64}$/, 'DTMF digits') }),
  z.object({ participantUuid: uuid, action: z.literal('overlayText'), text: z.string().max(256) }),
  z.object({
    participantUuid: uuid,
    action: z.literal('transfer'),
    alias: z.string().trim().min(1).max(512),
    role,
    pin: z.string().max(64).optional(),
  }),
]);

const conferenceAction = z.discriminatedUnion('action', [
  z.object({
    action: z.enum(['lock', 'unlock', 'muteGuests', 'unmuteGuests', 'lowerAllHands', 'clearSpotlights', 'start', 'endForEveryone']),
  }),
  z.object({ action: z.literal('guestsCanUnmute'), setting: z.boolean() }),
  z.object({ action: z.literal('guestsCanPresent'), setting: z.boolean() }),
  z.object({ action: z.literal('bannerText'), text: z.string().max(1024) }),
]);

const layoutName = z.string().trim().min(1).max(64);

export const meetingControlsArgumentSchemas = {
  participantAction,
  conferenceAction,
  setLiveCaptions: z.object({ show: z.boolean() }),
  sendDirectMessage: z.object({
    participantUuid: uuid,
    payload: z.string().max(10_000).refine((text) => text.trim() !== '', 'empty message'),
    type: z.enum(['text/plain', 'application/json']).optional(),
  }),
  sendAppMessage: z.object({
    payload: z.string().max(10_000).refine((text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }, 'not JSON'),
  }),
  getLayoutChoices: noArgument,
  transformLayout: z
    .object({
      layout: layoutName.optional(),
      guestLayout: layoutName.optional(),
      overlayText: z.boolean().optional(),
      activeSpeakerIndication: z.boolean().optional(),
      recordingIndicator: z.boolean().optional(),
      streamingIndicator: z.boolean().optional(),
      liveCaptionsIndicator: z.boolean().optional(),
    })
    .refine((value) => Object.values(value).some((field) => field !== undefined), 'nothing to change'),
  dialOut: z.object({
    destination: z.string().trim().min(1).max(512),
    protocol: z.enum(['sip', 'h323', 'rtmp', 'mssip', 'auto']),
    role,
  }),
  getConferenceSignals: noArgument,
} satisfies { [K in keyof MeetingControlsCommandMap]: z.ZodType<MeetingControlsCommandMap[K]['arg'], unknown> };
