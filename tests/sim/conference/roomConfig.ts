// How a simulated Virtual Meeting Room (or reception, or test call service) is configured.

export type SimServiceType = 'conference' | 'lecture' | 'test_call' | 'reception';

export interface RoomConfig {
  /** Primary alias, e.g. "meet.alice". */
  alias: string;
  /** Conference name shown to participants. */
  name: string;
  serviceType: SimServiceType;
  /** Absent = no PIN. */
  hostPin?: string;
  /** Only meaningful with hostPin; absent with hostPin = guests join without a PIN. */
  guestPin?: string;
  /** Default true when hostPin is set. */
  allowGuests?: boolean;
  /** Default true. */
  chatEnabled?: boolean;
  /** Guests joining a locked room wait in the waiting room until a host lets them in. */
  locked?: boolean;
  /** When set, request_token answers 403 with this `idp` list. */
  ssoIdentityProviders?: { uuid: string; name: string }[];
}
