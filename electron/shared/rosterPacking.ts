// The roster event as the transports carry it: each participant as a short array (flags in one
// number, the overlay text left out when it is the name) instead of an object with 24 named
// fields. A 5,000-person roster is then ~0.5 MB on the wire instead of ~2.6 MB, which is what the
// host spent stringifying and the renderer parsing. Only the wire form changes: both ends of a
// transport convert, and everyone else sees the BridgeEvent union unchanged.
import type { BridgeEvent } from './events';
import type { Participant, Role, ServiceType } from './meeting';

/** The packed form's version: a receiver refuses any other (an old renderer with a newer host, say). */
export const packedRosterVersion = 1;

/** Participant fields carried as bits of one number, in this order (bit 0 first). */
const flagFields = [
  'isMuted',
  'isClientMuted',
  'isVideoMuted',
  'isPresenting',
  'isAudioOnly',
  'isVideoCall',
  'isStreaming',
  'hasMedia',
  'canMute',
  'canDisconnect',
  'canTransfer',
  'canPresent',
  'rxPresentationAllowed',
  'showLiveCaptions',
] as const satisfies readonly (keyof Participant)[];

type FlagField = (typeof flagFields)[number];
type ValueField = 'uuid' | 'displayName' | 'overlayText' | 'role' | 'serviceType' | 'protocol' | 'buzzTime' | 'spotlight' | 'startTime' | 'callTag';
// Adding a field to Participant without packing it fails here.
const everyFieldPacked: Exclude<keyof Participant, FlagField | ValueField> extends never ? true : never = true;
void everyFieldPacked;

const bitOf = Object.fromEntries(flagFields.map((field, bit) => [field, 1 << bit])) as Record<FlagField, number>;
const flag = (flags: number, field: FlagField): boolean => (flags & bitOf[field]) !== 0;

/** Every service type, to check a received one against (the type makes the list complete). */
const serviceTypeNames = {
  conference: true,
  gateway: true,
  test_call: true,
  lecture: true,
  media_playback: true,
  waiting_room: true,
  ivr: true,
  connecting: true,
  unknown: true,
} as const satisfies Record<ServiceType, true>;

/**
 * [uuid, displayName, overlayText (null: same as displayName), role (1 host, 0 guest), serviceType,
 * protocol, flags, buzzTime, spotlight, startTime, callTag]
 */
export type PackedParticipant = [string, string, string | null, 0 | 1, ServiceType, string, number, number, number, number, string];

export interface PackedRosterEvent {
  type: 'roster_packed';
  version: typeof packedRosterVersion;
  participants: PackedParticipant[];
  syncStartedAt?: number;
  receivedAt: number;
}

/** A bridge event as a transport carries it. */
export type WireBridgeEvent = Exclude<BridgeEvent, { type: 'roster' }> | PackedRosterEvent;

export function packParticipant(participant: Participant): PackedParticipant {
  let flags = 0;
  for (const field of flagFields) if (participant[field]) flags |= bitOf[field];
  return [
    participant.uuid,
    participant.displayName,
    participant.overlayText === participant.displayName ? null : participant.overlayText,
    participant.role === 'host' ? 1 : 0,
    participant.serviceType,
    participant.protocol,
    flags,
    participant.buzzTime,
    participant.spotlight,
    participant.startTime,
    participant.callTag,
  ];
}

export function unpackParticipant(packed: PackedParticipant): Participant {
  const [uuid, displayName, overlayText, role, serviceType, protocol, flags, buzzTime, spotlight, startTime, callTag] = packed;
  return {
    uuid,
    displayName,
    overlayText: overlayText ?? displayName,
    role: (role === 1 ? 'host' : 'guest') satisfies Role,
    serviceType,
    protocol,
    isMuted: flag(flags, 'isMuted'),
    isClientMuted: flag(flags, 'isClientMuted'),
    isVideoMuted: flag(flags, 'isVideoMuted'),
    isPresenting: flag(flags, 'isPresenting'),
    isAudioOnly: flag(flags, 'isAudioOnly'),
    isVideoCall: flag(flags, 'isVideoCall'),
    isStreaming: flag(flags, 'isStreaming'),
    hasMedia: flag(flags, 'hasMedia'),
    buzzTime,
    spotlight,
    startTime,
    canMute: flag(flags, 'canMute'),
    canDisconnect: flag(flags, 'canDisconnect'),
    canTransfer: flag(flags, 'canTransfer'),
    canPresent: flag(flags, 'canPresent'),
    rxPresentationAllowed: flag(flags, 'rxPresentationAllowed'),
    showLiveCaptions: flag(flags, 'showLiveCaptions'),
    callTag,
  };
}

/** Whether `value` has the packed participant's shape (the receiving side checks before unpacking). */
export function isPackedParticipant(value: unknown): value is PackedParticipant {
  return (
    Array.isArray(value) &&
    value.length === 11 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    (value[2] === null || typeof value[2] === 'string') &&
    (value[3] === 0 || value[3] === 1) &&
    typeof value[4] === 'string' &&
    Object.hasOwn(serviceTypeNames, value[4]) &&
    typeof value[5] === 'string' &&
    Number.isInteger(value[6]) &&
    Number.isFinite(value[7]) &&
    Number.isFinite(value[8]) &&
    Number.isFinite(value[9]) &&
    typeof value[10] === 'string'
  );
}

/** The event as a transport sends it. */
export function toWireEvent(event: BridgeEvent): WireBridgeEvent {
  if (event.type !== 'roster') return event;
  return {
    type: 'roster_packed',
    version: packedRosterVersion,
    participants: event.participants.map(packParticipant),
    ...(event.syncStartedAt === undefined ? {} : { syncStartedAt: event.syncStartedAt }),
    receivedAt: event.receivedAt,
  };
}

/** The event a transport received, or null for a packed roster this side cannot read (other version, bad shape). */
export function fromWireEvent(wire: WireBridgeEvent): BridgeEvent | null {
  if (wire.type !== 'roster_packed') return wire;
  if (wire.version !== packedRosterVersion || !Array.isArray(wire.participants) || !wire.participants.every(isPackedParticipant)) return null;
  return {
    type: 'roster',
    participants: wire.participants.map(unpackParticipant),
    ...(wire.syncStartedAt === undefined ? {} : { syncStartedAt: wire.syncStartedAt }),
    receivedAt: wire.receivedAt,
  };
}
