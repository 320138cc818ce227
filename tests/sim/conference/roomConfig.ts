// How a simulated Virtual Meeting Room (or auditorium, reception, test call service) is configured.

export type SimServiceType = 'conference' | 'lecture' | 'test_call' | 'reception';

/** Whether show_live_captions works here, or which of Infinity's refusals it answers with. */
export type LiveCaptionsSetting = 'enabled' | 'not_available' | 'not_configured' | 'dial_out_not_allowed' | 'dial_out_failed';

export type GuestsCanSeeGuests = 'no_hosts' | 'always' | 'never';

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
  /** Guests wait ("Waiting for Host") until a host joins with media or calls start_conference. */
  waitForHost?: boolean;
  /** When set, request_token answers 403 with this `idp` list (then chosen_idp → sign-in → sso_token). */
  ssoIdentityProviders?: { uuid: string; name: string; img?: string; disable_popup_flow?: boolean }[];
  /** Default 'enabled'. */
  liveCaptions?: LiveCaptionsSetting;
  /** Peer-to-peer media between two participants that ask for it in request_token; default false. */
  directMedia?: boolean;
  /** Default guests_can_present; default true. */
  guestsCanPresent?: boolean;
  /** Default layout ('1:0'); in an auditorium the host layout. */
  hostLayout?: string;
  /** Auditorium only: the guests' layout (default '1:0'). */
  guestLayout?: string;
  /** Auditorium only; default 'no_hosts'. */
  guestsCanSeeGuests?: GuestsCanSeeGuests;
  /** Theme classification levels (key → label); default a 0–6 scale. */
  classificationLevels?: Record<string, string>;
  /** Default true. */
  breakoutsEnabled?: boolean;
  /** STUN servers request_token names (`stun:host:port`), one `{url}` each; absent or empty = no `stun` key, like Infinity. */
  stunServers?: string[];
  /** Standard base64 tokens ('+', '/') instead of Infinity's URL-safe ones: proves a client encodes `?token=`. */
  standardBase64Tokens?: boolean;
  /**
   * Older Infinity shapes: request_token flags as "True"/"False" strings, `stun: [{"url": ""}]`,
   * standard base64 tokens and `null` data on every data-less event. Default false.
   */
  quirks?: boolean;
}
