// The Infinity core's public face: one MeetingService per participant. It composes the bridge
// handlers (each validates its untrusted argument and never throws), the join flow, the typed
// operations and the event listeners around the one meeting the service may be in.
import type { BridgeEventListener, BridgeHandlers, Result } from '../shared/bridge';
import type { JoinedInfo } from '../shared/meeting';
import {
  consoleLogger,
  type CoreMeetingSnapshot,
  createJoinFlow,
  createMeetingOperations,
  createMemoryTrustStore,
  createMemoryUnencryptedNodeStore,
  defaultFetch,
  refuseRedirects,
  type JoinFailure,
  type JoinFlowOptions,
  joinWords,
  type JoinOptions,
  joinOptionsSchema,
  type Logger,
  meetingHandleOf,
  type MeetingOperations,
  MeetingSlot,
  type ProxyRouter,
  type SsoSignIn,
  summarizeIssues,
  withShowableProviderImages,
} from '../infinity';
import { createBridgeEventListeners } from './bridgeEventListeners';
import { createCoreHandlers } from './coreHandlers';
import { createMeetingControlsHandlers } from './meetingControlsHandlers';
import { createPresentationHandlers } from './presentationHandlers';
import { createBreakoutHandlers } from './breakoutHandlers';
import { createKioskSlot, type KioskSlot } from './kioskHandlers';
import { createSettingsSlot, type SettingsSlot } from './settingsHandlers';
import { createDesktopSlot, type DesktopSlot } from './desktopHandlers';
import { createCertificateDecisions } from './certificateHandlers';
import type { CertificateTrustStore, ScreenShareHost, UnencryptedNodeStore } from './ports';

export interface MeetingServiceOptions {
  logger?: Logger;
  /** Default: undici's fetch. */
  fetch?: typeof fetch;
  /** Jitter source, for tests. */
  random?: () => number;
  /** How long the event stream may stay down before the meeting ends (default 120 s). */
  maxOutageMs?: number;
  /** Parley's own screen picker (Electron main); without it the browser's prompt is used. */
  screenShare?: ScreenShareHost;
  /** Certificates a person chose to trust, per host (default: remembered for this service only). */
  certificateTrust?: CertificateTrustStore;
  /** http:// nodes (not loopback) the person confirmed as unencrypted (default: remembered for this service only). */
  unencryptedNodes?: UnencryptedNodeStore;
  /** How a typed domain finds its node (default: DNS SRV over https); the browser host's tests inject records. */
  discovery?: JoinFlowOptions['discovery'];
  /** Runs the identity provider's sign-in (Electron: a window main owns; browser host: a popup). */
  ssoSignIn?: SsoSignIn;
  /** The proxy route to each URL, for every request to a node (Electron main: the proxy setting); default: undici's global dispatcher. */
  proxyRoute?: ProxyRouter;
}

export interface MeetingService {
  handlers: BridgeHandlers;
  /** Kiosk mode: the room policy attaches here; its commands and events ride on this service's bridge. */
  readonly kiosk: KioskSlot;
  /** The desktop app's settings: a host attaches its store here. */
  readonly settings: SettingsSlot;
  /** The desktop app's updates, shortcuts and trusted certificates: Electron main attaches here. */
  readonly desktop: DesktopSlot;
  /**
   * Joins with every request_token option (call tag, direct media, SSO, refer token). A join
   * with `chosenIdp` fails with `sso_redirect` naming the sign-in URL.
   */
  joinWith(options: JoinOptions): Promise<Result<JoinedInfo, JoinFailure>>;
  /** Every client API operation, bound to the active meeting (not_joined without one). */
  readonly operations: MeetingOperations;
  /** A read-only copy of everything the core knows about the meeting, or null when not in one. */
  state(): CoreMeetingSnapshot | null;
  onEvent(listener: BridgeEventListener): () => void;
  /** Leave if in a meeting (release_token with the reason), stop timers and streams. Idempotent. */
  shutdown(reason: string): Promise<void>;
  readonly joined: boolean;
}

export function createMeetingService(options: MeetingServiceOptions = {}): MeetingService {
  const logger = options.logger ?? consoleLogger;
  const certificates = createCertificateDecisions(options.certificateTrust ?? createMemoryTrustStore(), logger, options.proxyRoute);
  const events = createBridgeEventListeners(logger);
  const slot = new MeetingSlot();
  // defaultFetch already refuses redirects; a host's own fetch gets the same rule here.
  const nodeFetch = certificates.wrapFetch(options.fetch ? refuseRedirects(options.fetch) : defaultFetch);
  const joinFlow = createJoinFlow({
    slot,
    fetch: nodeFetch,
    random: options.random ?? Math.random,
    logger,
    emit: events.emit,
    // A tls_failure gets the certificate presented; identity providers' pictures become data: URLs the renderer may show.
    explainFailure: async (error, nodeBaseUrl) => withShowableProviderImages(await certificates.explain(error, nodeBaseUrl), nodeFetch, nodeBaseUrl),
    unencryptedNodes: options.unencryptedNodes ?? createMemoryUnencryptedNodeStore(),
    ...(options.maxOutageMs === undefined ? {} : { maxOutageMs: options.maxOutageMs }),
    ...(options.discovery === undefined ? {} : { discovery: options.discovery }),
  });

  const kiosk = createKioskSlot(events.emit, logger);
  const settings = createSettingsSlot(logger);
  const desktop = createDesktopSlot(logger);
  const currentMeeting = () => slot.current;
  const handlers: BridgeHandlers = {
    ...createCoreHandlers(slot, joinFlow, logger, options.ssoSignIn ?? null),
    ...createMeetingControlsHandlers(currentMeeting, logger),
    ...createPresentationHandlers(currentMeeting, logger, options.screenShare ?? null),
    ...createBreakoutHandlers(currentMeeting, logger),
    ...kiosk.handlers,
    ...settings.handlers,
    ...desktop.handlers,
    ...certificates.handlers,
  };

  const operations = createMeetingOperations(() => {
    const active = slot.joined();
    return active ? meetingHandleOf(active) : null;
  }, logger);

  return {
    handlers,
    kiosk,
    settings,
    desktop,
    operations,
    async joinWith(joinOptions) {
      const parsed = joinOptionsSchema.safeParse(joinOptions);
      if (!parsed.success) {
        return { ok: false, error: { code: 'rejected', ...joinWords('invalidRequest'), detail: summarizeIssues(parsed.error, '(argument)') } };
      }
      return joinFlow.join(parsed.data);
    },
    state() {
      return slot.joined()?.state.fullSnapshot() ?? null;
    },
    onEvent: events.onEvent,
    shutdown: (reason) => slot.shutdown(reason),
    get joined() {
      return slot.joined() !== null;
    },
  };
}
