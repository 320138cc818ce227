// Dial-out from a conference. The new participant appears at once with service_type "connecting";
// what happens next depends on the destination, so tests can pick an outcome:
//   busy@…      rejected after dialRejectMs (participant_delete)
//   noanswer@…  never answers; gives up after dialTimeoutMs (Infinity: 30 s)
//   anything    answered after dialAnswerMs (participant_update to the room's service type)
import { randomUUID } from 'node:crypto';
import type { JoinRole } from './joinPolicy';
import { createParticipant, type Participant } from './participant';
import type { Room } from './room';

export interface DialRequest {
  role: JoinRole;
  destination: string;
  protocol: 'sip' | 'h323' | 'rtmp' | 'mssip' | 'auto';
  streaming?: 'yes' | 'no';
  dtmf_sequence?: string;
  call_type?: 'video' | 'video-only' | 'audio';
  remote_display_name?: string;
  text?: string;
}

export type DialOutcome = 'answer' | 'reject' | 'no_answer';

export function dialOutcome(destination: string): DialOutcome {
  const user = destination.replace(/^[a-z0-9]+:/i, '').split('@')[0]?.toLowerCase() ?? '';
  if (user === 'busy') return 'reject';
  if (user === 'noanswer') return 'no_answer';
  return 'answer';
}

/** Places the call; `remove` ends a participant's presence (the node's leave). */
export function dialOut(room: Room, request: DialRequest, remove: (uuid: string) => void): Participant {
  const participant = createParticipant({
    uuid: randomUUID(),
    displayName: request.remote_display_name ?? request.destination,
    role: request.role,
    callTag: '',
    vendor: 'Parley simulated endpoint',
    serviceType: 'connecting',
  });
  participant.callDirection = 'out';
  participant.protocol = request.protocol === 'auto' ? 'sip' : request.protocol;
  participant.uri = request.destination;
  participant.isStreaming = request.streaming === 'yes';
  participant.overlayText = request.text ?? participant.displayName;
  participant.audioOnly = request.call_type === 'audio';
  participant.feccSupported = participant.protocol === 'sip' || participant.protocol === 'h323';
  participant.hasAvatar = false;
  room.participants.set(participant.uuid, participant);
  room.broadcast('participant_create', room.wire(participant));

  const timings = room.timings;
  switch (dialOutcome(request.destination)) {
    case 'reject':
      room.schedule(timings.dialRejectMs, () => remove(participant.uuid));
      break;
    case 'no_answer':
      room.schedule(timings.dialTimeoutMs, () => remove(participant.uuid));
      break;
    case 'answer':
      room.schedule(timings.dialAnswerMs, () => {
        if (room.participants.get(participant.uuid) !== participant) return;
        participant.serviceType = room.participantServiceType;
        if (request.dtmf_sequence) participant.dtmfReceived.push(request.dtmf_sequence);
        room.announceUpdate(participant);
        room.publishStage();
        room.publishLayout();
      });
      break;
  }
  return participant;
}
