// How a participant leaves the node: with a disconnect reason, or referred elsewhere.
export interface LeaveOptions {
  /** Sent to the participant as a `disconnect` event before their streams close; none on release. */
  disconnectReason?: string;
  /** Sent before they leave (transfer, moves): the participant should connect elsewhere. */
  refer?: { event: 'refer'; data: Record<string, unknown> };
}
