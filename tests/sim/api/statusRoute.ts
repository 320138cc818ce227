// GET /api/client/v2/status: what load balancers poll to see whether the node is in maintenance.
import type { ConferencingNode } from '../conferencingNode';
import { failed, success } from '../http/respond';
import type { Router } from '../http/router';

export function addStatusRoute(router: Router, node: ConferencingNode): void {
  router.add('GET', '/api/client/v2/status', () =>
    node.faults.maintenance ? failed(503, 'Maintenance mode') : success('OK'),
  );
}
