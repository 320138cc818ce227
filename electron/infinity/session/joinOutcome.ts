// Maps the answer to request_token (status and JSON body) onto a joined session or a typed
// JoinError. Pure: tested directly with response objects.
import { z } from 'zod';
import type { JoinedInfo, ServiceType } from '../../shared/meeting';
import type { IdentityProvider, JoinError } from '../../shared/coreCommands';
import type { RequestFailure } from '../http/requestFailure';
import { iceServersOf } from './iceServers';
import { joinWords, joinWordsWith } from './joinMessages';
import { toServiceType } from '../events/participantMapping';
import type { SessionDetails } from './sessionDetails';
import { tokenGrantSchema, type TokenGrant } from './tokenGrant';

export interface JoinContext {
  /** Normalized node base URL. */
  node: string;
  /** Host for messages. */
  host: string;
  /** The alias later requests use (the target alias after a Virtual Reception). */
  alias: string;
  /** Whether the person entered a PIN (otherwise "none" was sent), so a PIN demand means it was wrong. */
  pinSent: boolean;
}

export interface JoinedSession {
  token: string;
  expiresSeconds: number;
  info: JoinedInfo;
  details: SessionDetails;
}

/** After request_token with chosen_idp: where the person signs in (then request_token with sso_token). */
export interface SsoRedirect {
  code: 'sso_redirect';
  message: string;
  redirectUrl: string;
  identityProvider: IdentityProvider;
}

/** A JoinError, or the SSO redirect only a join with `chosenIdp` can produce. */
export type JoinFailure = JoinError | SsoRedirect;

export type JoinOutcome = { kind: 'joined'; session: JoinedSession } | { kind: 'failed'; error: JoinFailure };

const pinDemandSchema = z.object({
  pin: z.enum(['required', 'none']),
  guest_pin: z.enum(['required', 'none']),
  conference_extension: z.enum(['standard', 'mssip']).optional(),
});

const extensionDemandSchema = z.object({
  conference_extension: z.literal('required'),
  conference_extension_type: z.enum(['standard', 'mssip']),
});

const idpSchema = z.object({ uuid: z.string(), name: z.string() });
/** One entry of the node's idp list: bounded, and an unusable entry is dropped rather than failing the list. */
const idpEntrySchema = z.object({
  uuid: z.string().min(1).max(256),
  name: z.string().max(256),
  img: z.string().max(200_000).optional().catch(undefined),
  disable_popup_flow: z.boolean().optional().catch(undefined),
});
const ssoDemandSchema = z.object({ idp: z.array(z.unknown()).max(64) });
const ssoRedirectSchema = z.object({ redirect_idp: idpSchema });
const ssoRedirectUrlSchema = z.object({ redirect_url: z.string().url(), redirect_idp: idpSchema });

const envelopeSchema = z.object({ result: z.unknown() });

function detailsOf(result: TokenGrant): SessionDetails {
  return {
    callTag: result.call_tag ?? '',
    directMedia: result.direct_media ?? false,
    useRelayCandidatesOnly: result.use_relay_candidates_only ?? false,
    pexDatachannelId: result.pex_datachannel_id ?? null,
    clientStatsUpdateIntervalSeconds: result.client_stats_update_interval ?? null,
    breakoutRoomsEnabled: result.breakout_rooms ?? false,
    feccEnabled: result.fecc_enabled ?? false,
    rtmpEnabled: result.rtmp_enabled ?? false,
    vp9Enabled: result.vp9_enabled ?? false,
    allow1080p: result.allow_1080p ?? false,
    nodeVersion: result.version?.version_id ?? null,
  };
}

function joinedFrom(result: TokenGrant, context: JoinContext): JoinedSession {
  const serviceType: ServiceType = toServiceType(result.service_type ?? 'conference');
  return {
    token: result.token,
    expiresSeconds: result.expires,
    details: detailsOf(result),
    info: {
      node: context.node,
      alias: context.alias,
      conferenceName: result.conference_name ?? context.alias,
      displayName: result.display_name,
      participantUuid: result.participant_uuid,
      role: result.role === 'HOST' ? 'host' : 'guest',
      chatEnabled: result.chat_enabled ?? true,
      serviceType,
      currentServiceType: result.current_service_type ? toServiceType(result.current_service_type) : serviceType,
      callType: result.call_type ?? 'video',
      iceServers: iceServersOf(result),
      trickleIce: result.trickle_ice_enabled ?? false,
      guestsCanPresent: result.guests_can_present ?? true,
    },
  };
}

function failed(error: JoinFailure): JoinOutcome {
  return { kind: 'failed', error };
}

/** A JoinError for one of Pexip's error strings (any status). */
function errorForPexipText(text: string, status: number, context: JoinContext): JoinError {
  const lower = text.toLowerCase();
  if (lower.includes('invalid pin')) {
    // Without a PIN we send "none", which a node refuses as a wrong PIN when everyone needs one.
    if (!context.pinSent) return { code: 'pin_required', ...joinWords('pinRequired'), hostPin: 'required', guestPin: 'required' };
    return { code: 'invalid_pin', ...joinWords('invalidPin'), detail: text };
  }
  if (lower.includes('pin entry retries')) return { code: 'invalid_pin', ...joinWords('tooManyPinAttempts'), detail: text };
  if (lower.includes('maintenance')) return { code: 'maintenance', ...joinWords('maintenance'), detail: text };
  if (lower.includes('not found') || status === 404) {
    return { code: 'conference_not_found', ...joinWordsWith.conferenceNotFound(context.alias, context.host), detail: text };
  }
  if (lower.includes('participant limit')) return { code: 'rejected', ...joinWords('meetingFull'), detail: text };
  if (lower.includes('resource') || lower.includes('license')) {
    return { code: 'rejected', ...joinWords('serverBusy'), detail: text };
  }
  return { code: 'rejected', ...joinWords('rejected'), detail: text };
}

/** Only pictures that are plainly images: an https/http URL or a data:image URL (never markup). */
function imageOf(img: string | undefined): string | undefined {
  if (!img) return undefined;
  if (/^data:image\/(png|jpe?g|gif|webp);base64,[A-Za-z0-9+/=]+$/i.test(img)) return img;
  return /^https?:\/\/[^\s"'<>]+$/i.test(img) ? img : undefined;
}

/** The identity providers of a 403 `idp` list; entries that do not parse are left out. */
export function parseIdentityProviders(entries: readonly unknown[]): IdentityProvider[] {
  const providers: IdentityProvider[] = [];
  for (const entry of entries) {
    const parsed = idpEntrySchema.safeParse(entry);
    if (!parsed.success) continue;
    const { uuid, name, img, disable_popup_flow: disablePopupFlow } = parsed.data;
    const image = imageOf(img);
    providers.push({
      uuid,
      name: name.trim() || 'Identity provider',
      ...(image === undefined ? {} : { img: image }),
      ...(disablePopupFlow === undefined ? {} : { disablePopupFlow }),
    });
  }
  return providers;
}

function errorFor403(result: unknown, context: JoinContext): JoinFailure | null {
  const ssoRedirect = ssoRedirectUrlSchema.safeParse(result);
  if (ssoRedirect.success) {
    const { uuid, name } = ssoRedirect.data.redirect_idp;
    return {
      code: 'sso_redirect',
      ...joinWords('ssoRequired'),
      redirectUrl: ssoRedirect.data.redirect_url,
      identityProvider: { uuid, name },
    };
  }
  const extension = extensionDemandSchema.safeParse(result);
  if (extension.success) {
    return { code: 'extension_required', ...joinWords('extensionRequired'), extensionType: extension.data.conference_extension_type };
  }
  const pinDemand = pinDemandSchema.safeParse(result);
  if (pinDemand.success) {
    const { pin, guest_pin: guestPin, conference_extension: extensionType } = pinDemand.data;
    if (extensionType !== undefined) {
      return { code: 'extension_required', ...joinWords('extensionRequired'), extensionType };
    }
    if (context.pinSent) return { code: 'invalid_pin', ...joinWords('invalidPin') };
    return { code: 'pin_required', ...joinWords(pin === 'required' && guestPin === 'none' ? 'hostPinOnly' : 'pinRequired'), hostPin: pin, guestPin };
  }
  const sso = ssoDemandSchema.safeParse(result);
  if (sso.success) {
    return {
      code: 'sso_required',
      ...joinWords('ssoRequired'),
      identityProviders: parseIdentityProviders(sso.data.idp),
    };
  }
  const redirect = ssoRedirectSchema.safeParse(result);
  if (redirect.success) {
    const { uuid, name } = redirect.data.redirect_idp;
    return { code: 'sso_required', ...joinWords('ssoRequired'), identityProviders: [{ uuid, name }] };
  }
  return null;
}

/** Interprets a request_token answer. `body` is the parsed JSON (undefined if it was not JSON). */
export function interpretTokenResponse(status: number, body: unknown, context: JoinContext): JoinOutcome {
  const envelope = envelopeSchema.safeParse(body);
  const result = envelope.success ? envelope.data.result : undefined;

  if (status === 200) {
    const parsed = tokenGrantSchema.safeParse(result);
    if (parsed.success) return { kind: 'joined', session: joinedFrom(parsed.data, context) };
    return failed({ code: 'rejected', ...joinWordsWith.notAPexipServer(context.host), detail: 'Unexpected request_token answer' });
  }
  if (status === 403) {
    const demand = errorFor403(result, context);
    if (demand) return failed(demand);
  }
  if (typeof result === 'string' && result !== '') return failed(errorForPexipText(result, status, context));
  if (status === 404) {
    return failed({ code: 'conference_not_found', ...joinWordsWith.conferenceNotFound(context.alias, context.host) });
  }
  if (status === 503) return failed({ code: 'maintenance', ...joinWords('maintenance') });
  if (status === 502 || status === 504 || status === 529) {
    return failed({ code: 'rejected', ...joinWords('serverBusy'), detail: `HTTP ${status}` });
  }
  if (body === undefined) {
    return failed({ code: 'rejected', ...joinWordsWith.notAPexipServer(context.host), detail: `HTTP ${status}` });
  }
  return failed({ code: 'rejected', ...joinWords('rejected'), detail: `HTTP ${status}` });
}

/** A JoinError for a request that got no usable answer at all. */
export function joinErrorForFailure(failure: RequestFailure, context: JoinContext): JoinFailure {
  switch (failure.kind) {
    case 'unreachable':
      return { code: 'node_unreachable', ...joinWordsWith.unreachable(context.host), detail: failure.code };
    case 'tls':
      return { code: 'tls_failure', ...joinWordsWith.tlsFailure(context.host), detail: failure.code };
    case 'http': {
      const body = failure.detail === undefined ? undefined : { result: failure.detail };
      const outcome = interpretTokenResponse(failure.status, body, context);
      return outcome.kind === 'failed' ? outcome.error : { code: 'rejected', ...joinWords('rejected') };
    }
    case 'unknown':
      return { code: 'rejected', ...joinWords('rejected'), detail: failure.detail };
  }
}
