// Validates one Infinity server-sent event (name + JSON data) and normalizes it into a typed
// InfinityEvent. Anything that fails its schema is reported as invalid, never thrown.
import type { ZodType } from 'zod';
import type { Participant, PresentationInfo, StageEntry } from '../../shared/meeting';
import {
  callDisconnectedSchema,
  disconnectSchema,
  layoutSchema,
  messageReceivedSchema,
  participantDeleteSchema,
  presentationStartSchema,
  stageSchema,
  wireConferenceSchema,
  wireParticipantSchema,
  type WireConference,
} from './eventSchemas';
import { toParticipant } from './participantMapping';
import { toPresentation, toStage } from './conferenceMapping';
import type { z } from 'zod';

export type InfinityEvent =
  | { kind: 'participant_sync_begin' }
  | { kind: 'participant_sync_end' }
  | { kind: 'participant_create'; participant: Participant }
  | { kind: 'participant_update'; participant: Participant }
  | { kind: 'participant_delete'; uuid: string }
  | { kind: 'conference_update'; conference: WireConference }
  | { kind: 'message_received'; message: z.infer<typeof messageReceivedSchema> }
  | { kind: 'stage'; stage: StageEntry[] }
  | { kind: 'layout'; layout: z.infer<typeof layoutSchema> }
  | { kind: 'presentation_start'; presentation: PresentationInfo }
  | { kind: 'presentation_stop' }
  | { kind: 'call_disconnected'; callUuid: string; reason: string }
  | { kind: 'disconnect'; reason: string }
  | { kind: 'other'; name: string; data: unknown };

export type TranslatedEvent = { ok: true; event: InfinityEvent } | { ok: false; issue: string };

function parsed<T>(schema: ZodType<T>, data: unknown, build: (value: T) => InfinityEvent): TranslatedEvent {
  const result = schema.safeParse(data);
  if (!result.success) {
    // Paths and messages only: never the values, which may hold names or text.
    const issue = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    return { ok: false, issue };
  }
  return { ok: true, event: build(result.data) };
}

export function translateEvent(name: string, data: unknown): TranslatedEvent {
  switch (name) {
    case 'participant_sync_begin':
      return { ok: true, event: { kind: 'participant_sync_begin' } };
    case 'participant_sync_end':
      return { ok: true, event: { kind: 'participant_sync_end' } };
    case 'participant_create':
      return parsed(wireParticipantSchema, data, (wire) => ({ kind: 'participant_create', participant: toParticipant(wire) }));
    case 'participant_update':
      return parsed(wireParticipantSchema, data, (wire) => ({ kind: 'participant_update', participant: toParticipant(wire) }));
    case 'participant_delete':
      return parsed(participantDeleteSchema, data, ({ uuid }) => ({ kind: 'participant_delete', uuid }));
    case 'conference_update':
      return parsed(wireConferenceSchema, data, (conference) => ({ kind: 'conference_update', conference }));
    case 'message_received':
      return parsed(messageReceivedSchema, data, (message) => ({ kind: 'message_received', message }));
    case 'stage':
      return parsed(stageSchema, data, (wire) => ({ kind: 'stage', stage: toStage(wire) }));
    case 'layout':
      return parsed(layoutSchema, data, (layout) => ({ kind: 'layout', layout }));
    case 'presentation_start':
      return parsed(presentationStartSchema, data, (wire) => ({ kind: 'presentation_start', presentation: toPresentation(wire) }));
    case 'presentation_stop':
      return { ok: true, event: { kind: 'presentation_stop' } };
    case 'call_disconnected':
      return parsed(callDisconnectedSchema, data, (wire) => ({
        kind: 'call_disconnected',
        callUuid: wire.call_uuid,
        reason: wire.reason ?? '',
      }));
    case 'disconnect':
      return parsed(disconnectSchema, data, (wire) => ({ kind: 'disconnect', reason: wire.reason ?? '' }));
    default:
      return { ok: true, event: { kind: 'other', name, data } };
  }
}
