// get_attestation (a participant's own role, as a signed JWT) and the key set that verifies it.
import type { ConferencingNode } from '../conferencingNode';
import { success, writeBody } from '../http/respond';
import type { Router } from '../http/router';
import { addParticipantAction } from './participantTarget';

export function addAttestationRoutes(router: Router, node: ConferencingNode): void {
  addParticipantAction(
    router,
    node,
    'get_attestation',
    'self',
    ({ room, target }, ctx) => {
      const issuer = `http://${ctx.req.headers.host ?? '127.0.0.1'}`;
      const jwt = node.attestation.sign(
        { role: target.role === 'HOST' ? 'host' : 'guest', conf: room.config.name, participant_uuid: target.uuid },
        issuer,
      );
      return success(jwt);
    },
    'GET',
  );
  // A JSON Web Key Set as JOSE libraries fetch it: the bare document, not Infinity's envelope.
  router.add('GET', '/api/client/v2/jwk', (ctx) => {
    writeBody(ctx.res, 200, 'application/json', JSON.stringify(node.attestation.jwks()));
    return null;
  });
}
