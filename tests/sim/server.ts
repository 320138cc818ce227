// The HTTP server: routes client API v2 requests and the /_sim/ control API, answers anything else
// with a JSON 404, and applies the request-delay fault to client requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { ConferencingNode } from './conferencingNode';
import { failed, notFound, writeJson } from './http/respond';
import { isLoopbackAddress } from './http/loopback';
import { Router } from './http/router';
import { addAttestationRoutes } from './api/attestationRoutes';
import { addBreakoutRoutes } from './api/breakoutRoutes';
import { addCallRoutes } from './api/callRoutes';
import { addConferenceControlRoutes } from './api/conferenceControlRoutes';
import { addConferenceRoutes } from './api/conferenceRoutes';
import { addDialRoute } from './api/dialRoute';
import { addEventRoutes } from './api/eventRoutes';
import { addImageRoutes } from './api/imageRoutes';
import { addLayoutRoutes } from './api/layoutRoutes';
import { addParticipantControlRoutes } from './api/participantControlRoutes';
import { addParticipantRoutes } from './api/participantRoutes';
import { addSsoRoutes } from './api/ssoRoutes';
import { addStatusRoute } from './api/statusRoute';
import { addThemeRoutes } from './api/themeRoutes';
import { addTokenRoutes } from './api/tokenRoutes';
import { addControlRoutes } from './control/controlRoutes';
import type { SimulatorFaults } from './control/simulatorFaults';

/** `tls`: serve https with this key and certificate (an on-premises node with its own certificate). */
export function createSimulatorServer(node: ConferencingNode, faults: SimulatorFaults, tls?: SimulatorTls): Server {
  const api = new Router();
  addTokenRoutes(api, node);
  // Breakout-specific routes first: /breakouts/<uuid>/disconnect closes the room.
  addBreakoutRoutes(api, node);
  addConferenceRoutes(api, node);
  addConferenceControlRoutes(api, node);
  addDialRoute(api, node);
  addLayoutRoutes(api, node);
  addThemeRoutes(api, node);
  addParticipantRoutes(api, node);
  addParticipantControlRoutes(api, node);
  addAttestationRoutes(api, node);
  addImageRoutes(api, node);
  addCallRoutes(api, node);
  addEventRoutes(api, node);
  addStatusRoute(api, node);
  addSsoRoutes(api, node);

  const control = new Router();
  addControlRoutes(control, node, faults);

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    void handle(node, api, control, req, res);
  };
  return tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener) : createServer(listener);
}

export interface SimulatorTls {
  key: string | Buffer;
  cert: string | Buffer;
}

async function handle(
  node: ConferencingNode,
  api: Router,
  control: Router,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const isControl = url.pathname.startsWith('/_sim/');
  try {
    if (isControl && !isLoopbackAddress(req.socket.remoteAddress)) {
      writeJson(res, failed(403, 'Forbidden'));
      return;
    }
    if (!isControl) await node.faults.waitForDelay();
    const match = (isControl ? control : api).match(method, url.pathname);
    if (!match) {
      req.resume();
      writeJson(res, notFound());
      return;
    }
    const reply = await match.handler({ req, res, url, params: match.params });
    if (reply) writeJson(res, reply);
  } catch (error) {
    node.log(`${method} ${url.pathname} failed: ${String(error)}`);
    if (!res.headersSent) writeJson(res, failed(500, 'Internal error'));
    else res.destroy();
  }
}
