// Joining: one join at a time, never while in a meeting or shutting down. request_token, then the
// ActiveMeeting that runs the session in the service's slot; its refers are followed into the
// next meeting.
import type { Result } from '../../shared/result';
import type { BridgeEventBody } from '../../shared/events';
import type { JoinedInfo } from '../../shared/meeting';
import type { Logger } from '../logger';
import { findJoinNode } from '../discovery/joinNode';
import type { NodeDiscoveryOptions } from '../discovery/nodeDiscovery';
import { ActiveMeeting, sessionEndWords } from './activeMeeting';
import type { JoinContext, JoinFailure } from './joinOutcome';
import type { ParsedJoinOptions } from './joinOptions';
import { joinWords, joinWordsWith } from './joinMessages';
import type { MeetingSlot } from './meetingSlot';
import { createReferFollower } from './referFollower';
import { requestJoinToken } from './tokenRequest';
import { unencryptedDecision, type UnencryptedNodeStore } from '../security/unencryptedNodes';

export interface JoinFlowOptions {
  slot: MeetingSlot;
  fetch: typeof fetch;
  random: () => number;
  logger: Logger;
  /** Emits a bridge event; `receivedAt` defaults to now. */
  emit(body: BridgeEventBody, receivedAt?: number): void;
  /** How long the event stream may stay down before the meeting ends (ActiveMeeting's default otherwise). */
  maxOutageMs?: number;
  /** Adds what the person can act on to a failed join (e.g. the certificate behind a tls_failure). */
  explainFailure(error: JoinFailure, nodeBaseUrl: string): Promise<JoinFailure>;
  /** How a domain is looked up (SRV resolver, scheme); the status checks use `fetch`. */
  discovery?: Omit<NodeDiscoveryOptions, 'fetch'>;
  /** The http:// nodes (other than loopback) the person confirmed; nothing is sent to any other. */
  unencryptedNodes: UnencryptedNodeStore;
}

export interface JoinFlow {
  /** Joins unless already joined, joining or shutting down; never throws. */
  join(options: ParsedJoinOptions): Promise<Result<JoinedInfo, JoinFailure>>;
}

function shutdownRefusal(): JoinFailure {
  return { code: 'rejected', ...joinWords('rejected'), detail: 'Shutting down' };
}

export function createJoinFlow(options: JoinFlowOptions): JoinFlow {
  const { slot, logger } = options;
  let joining = false;

  const followRefer = createReferFollower({
    rejoin: (referred, announce) => requestJoin(referred, announce),
    shuttingDown: () => slot.shuttingDown,
    emit: options.emit,
    logger,
  });

  /** `announce` hears the joined meeting before its event stream starts (a followed refer). */
  async function requestJoin(arg: ParsedJoinOptions, announce?: (info: JoinedInfo) => void): Promise<Result<JoinedInfo, JoinFailure>> {
    // A domain (typed, or from alias@domain) is looked up through its SRV records.
    const found = await findJoinNode(arg.node, arg.alias, { ...options.discovery, fetch: options.fetch, random: options.random });
    if (!found.ok) return { ok: false, error: { code: 'invalid_address', ...joinWords('invalidAddress') } };
    const { node } = found;
    // Before anything (a PIN, a name) goes to a node over plain http, the person must have said yes.
    const encryption = unencryptedDecision(node.baseUrl, options.unencryptedNodes);
    if (encryption === 'needs_confirmation') {
      if (arg.allowUnencrypted !== true) {
        logger.info('join refused: node does not use encryption', { node: node.baseUrl });
        return { ok: false, error: { code: 'unencrypted_node', ...joinWordsWith.unencryptedNode(node.host), host: node.host } };
      }
      await options.unencryptedNodes.allow(node.host);
      logger.info('unencrypted node allowed by the user', { node: node.baseUrl });
    }
    if (found.via !== 'address') {
      const checked = found.checked.map((check) => `${check.node.baseUrl}: ${check.status}`);
      logger.info('node discovered', { node: node.baseUrl, via: found.via, checked });
    }
    const extension = arg.conferenceExtension?.trim() || undefined;
    const pin = arg.pin?.trim() || undefined;
    // After a Virtual Reception the token belongs to the target room: later requests use its alias.
    const alias = extension ?? arg.alias;
    const context: JoinContext = { node: node.baseUrl, host: node.host, alias, pinSent: pin !== undefined };

    const outcome = await requestJoinToken(options.fetch, { options: arg, extension, pin, context });
    if (outcome.kind === 'failed') {
      const detail = 'detail' in outcome.error ? outcome.error.detail : undefined;
      logger.info('join failed', { code: outcome.error.code, detail });
      return { ok: false, error: await options.explainFailure(outcome.error, node.baseUrl) };
    }

    const { info } = outcome.session;
    const active = new ActiveMeeting({
      node,
      alias,
      joined: outcome.session,
      fetch: options.fetch,
      random: options.random,
      logger,
      emit: options.emit,
      onEnded: () => slot.vacate(active),
      onRefer: (ticket) => void followRefer({ node: info.node, displayName: info.displayName }, ticket),
      ...(options.maxOutageMs === undefined ? {} : { maxOutageMs: options.maxOutageMs }),
    });
    if (slot.shuttingDown) {
      // Shut down while the join was in flight: give the seat back at once.
      await active.end('left', sessionEndWords.left, true, 'Application shut down');
      return { ok: false, error: shutdownRefusal() };
    }
    slot.occupy(active);
    announce?.(info);
    active.start();
    logger.info('joined', { alias, role: info.role });
    return { ok: true, value: info };
  }

  return {
    async join(arg) {
      if (slot.shuttingDown) return { ok: false, error: shutdownRefusal() };
      if (slot.current || joining) return { ok: false, error: { code: 'already_joined', ...joinWords('alreadyJoined') } };
      joining = true;
      try {
        return await requestJoin(arg);
      } catch (error) {
        logger.error('join threw', { error });
        return { ok: false, error: { code: 'rejected', ...joinWords('rejected') } };
      } finally {
        joining = false;
      }
    },
  };
}
