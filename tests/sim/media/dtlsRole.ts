// Which side of DTLS the simulator takes. Left to itself werift answers `a=setup:active` (the DTLS
// client) and then sleeps a fixed 100 ms after ICE connects before sending its ClientHello: an
// artefact of werift, not something a Conferencing Node does. Answering `a=setup:passive` (the DTLS
// server, which RFC 5763 allows for an answer to `actpass`) lets the client start the handshake the
// moment its ICE connects, as it would against a real node.
import type { RTCDtlsTransport } from 'werift';

/** Before the first answer: transports still on "auto" become the DTLS server; a chosen role is kept. */
export function answerAsDtlsServer(transports: readonly Pick<RTCDtlsTransport, 'role' | 'state'>[]): void {
  for (const transport of transports) {
    if (transport.role === 'auto' && transport.state === 'new') transport.role = 'server';
  }
}
