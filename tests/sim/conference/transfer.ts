// Transfer (000_e84271faa5cd6376): the participant receives `refer` naming the target conference
// and leaves this one at once. When the transfer can go ahead the refer carries a one-time token for
// request_token at the target (role as asked, no PIN prompt); when it cannot (unknown alias, wrong
// PIN) the participant is disconnected with "transfer failed" — never returned to this conference.
import type { ConferencingNode } from '../conferencingNode';
import type { JoinRole } from './joinPolicy';
import type { Participant } from './participant';
import type { RoomConfig } from './roomConfig';

export interface TransferRequest {
  role: 'host' | 'guest';
  conference_alias: string;
  pin?: string;
}

export function pinAccepts(config: RoomConfig, role: JoinRole, pin: string | undefined): boolean {
  if (config.hostPin === undefined) return true;
  if (role === 'HOST') return pin === config.hostPin;
  if (!(config.allowGuests ?? true)) return false;
  return config.guestPin === undefined || pin === config.guestPin;
}

/** Returns whether the transfer could be placed (the participant leaves either way). */
export function transferParticipant(node: ConferencingNode, participant: Participant, request: TransferRequest): boolean {
  const role: JoinRole = request.role === 'host' ? 'HOST' : 'GUEST';
  const target = node.findRoom(request.conference_alias);
  const possible =
    target !== undefined &&
    !target.breakout &&
    target.config.serviceType !== 'reception' &&
    pinAccepts(target.config, role, request.pin);
  const token =
    possible && target
      ? node.referTokens.issue({
          roomKey: target.alias,
          role,
          participantUuid: participant.uuid,
          displayName: participant.displayName,
        })
      : undefined;
  void node.leave(participant.uuid, {
    refer: { event: 'refer', data: { alias: request.conference_alias, ...(token ? { token } : {}) } },
    ...(token ? {} : { disconnectReason: 'transfer failed' }),
  });
  node.log(`transfer of ${participant.uuid} to ${request.conference_alias}: ${possible ? 'placed' : 'failed'}`);
  return possible;
}
