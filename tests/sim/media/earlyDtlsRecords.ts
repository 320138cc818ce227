// DTLS records that reach the simulator before its DTLS server exists. werift creates that server
// only when its own ICE check list completes, and drops what arrives before: Chromium sends its
// ClientHello the moment its checks succeed, a few milliseconds earlier, so every call lost its
// first ClientHello and waited ~50 ms for Chromium to send it again (measured on the bench's join:
// first ClientHello at the simulator 79–102 ms after the click, its server started 82–140 ms, the
// resent one answered 131–167 ms). A Conferencing Node answers the first ClientHello, so the
// simulator keeps the records and hands them to the server the moment it starts.
import type { RTCDtlsTransport } from 'werift';

/** RFC 7983: a first byte of 20–63 is DTLS (STUN, RTP and RTCP use other ranges). */
export function isDtlsRecord(data: Uint8Array): boolean {
  const first = data[0];
  return first !== undefined && first >= 20 && first <= 63;
}

/** More than a ClientHello's records would be a misbehaving client: the rest are dropped as before. */
export const earlyRecordLimit = 16;

type EarlyDtlsTransport = Pick<RTCDtlsTransport, 'state' | 'onStateChange'> & {
  readonly iceTransport: { readonly connection: Pick<RTCDtlsTransport['iceTransport']['connection'], 'onData'> };
};

/**
 * Keeps the DTLS records that arrive while `transport` is still new and delivers them again once
 * its DTLS server is listening. Returns a function that stops keeping (the call closed).
 */
export function keepEarlyDtlsRecords(transport: EarlyDtlsTransport): () => void {
  if (transport.state !== 'new') return () => undefined;
  const connection = transport.iceTransport.connection;
  let early: Buffer[] = [];
  const received = connection.onData.subscribe((data) => {
    if (transport.state === 'new' && isDtlsRecord(data) && early.length < earlyRecordLimit) early.push(Buffer.from(data));
  });
  const stop = (): void => {
    received.unSubscribe();
    changed.unSubscribe();
    early = [];
  };
  const changed = transport.onStateChange.subscribe((state) => {
    if (state === 'new') return;
    const kept = early;
    stop();
    // werift sets "connecting" just before it creates the server in the same synchronous step:
    // the records go to it after that step, as if they had arrived a moment later.
    if (state === 'connecting' && kept.length > 0) queueMicrotask(() => kept.forEach((record) => connection.onData.execute(record)));
  });
  return stop;
}
