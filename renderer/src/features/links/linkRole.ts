// The `role` link parameter, as Pexip's web app reads it: a PIN in the link decides the role by
// itself (role is ignored); role=guest joins at once as a guest (Parley sends the PIN "none",
// which a room without a guest PIN admits as a guest, so no host PIN is asked for); role=host
// asks for the host PIN before joining instead of joining as a guest.
import type { MeetingLinkDetails } from '../../../../electron/shared/meetingLink';

export type LinkStart = 'join' | 'ask_host_pin';

export function linkStart(link: Pick<MeetingLinkDetails, 'pin' | 'role'>): LinkStart {
  if (link.pin) return 'join';
  return link.role === 'host' ? 'ask_host_pin' : 'join';
}
