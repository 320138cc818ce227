// The HTTP server: routes client API v2 requests and the /_sim/ control API, answers anything else
// with a JSON 404, and applies the request-delay fault to client requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ConferencingNode } from './conferencingNode';
import { failed, notFound, writeJson } from './http/respond';
import { isLoopbackAddress } from './http/loopback';
import { Router } from './http/router';
import { addCallRoutes } from './api/callRoutes';
import { addConferenceRoutes } from './api/conferenceRoutes';
import { addEventRoutes } from './api/eventRoutes';
import { addParticipantRoutes } from './api/participantRoutes';
import { addStatusRoute } from './api/statusRoute';
import { addTokenRoutes } from './api/tokenRoutes';
import { addControlRoutes } from './control/controlRoutes';
import type { SimulatorFaults } from './control/simulatorFaults';

export function createSimulatorServer(node: ConferencingNode, faults: SimulatorFaults): Server {
  const api = new Router();
  addTokenRoutes(api, node);
  addConferenceRoutes(api, node);
  addParticipantRoutes(api, node);
  addCallRoutes(api, node);
  addEventRoutes(api, node);
  addStatusRoute(api, node);

  const control = new Router();
  addControlRoutes(control, node, faults);

  return createServer((req, res) => {
    void handle(node, api, control, req, res);
  });
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
