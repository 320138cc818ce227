import { describe, expect, it } from 'vitest';
import { Event } from 'werift';
import { earlyRecordLimit, isDtlsRecord, keepEarlyDtlsRecords } from '../../../sim/media/earlyDtlsRecords';

type DtlsState = 'new' | 'connecting' | 'connected' | 'failed' | 'closed';

/** A transport as werift has it: its state, its state events and its ICE connection's data. */
function fakeTransport() {
  const transport = {
    state: 'new' as DtlsState,
    onStateChange: new Event<[DtlsState]>(),
    iceTransport: { connection: { onData: new Event<[Buffer]>() } },
    /** What a DTLS server created on "connecting" receives (werift's IceTransport listens so). */
    serverReceived: [] as number[][],
    start() {
      transport.state = 'connecting';
      transport.onStateChange.execute('connecting');
      // Created in the same synchronous step, after the state event, as werift does.
      transport.iceTransport.connection.onData.subscribe((data) => {
        if (isDtlsRecord(data)) transport.serverReceived.push([...data]);
      });
    },
  };
  return transport;
}

const clientHello = Buffer.from([22, 254, 253, 0, 0, 1]);
const stunBinding = Buffer.from([0, 1, 0, 0]);

describe('DTLS records that arrive before the simulator\'s DTLS server', () => {
  it('reach the server once it starts, in order, without the STUN around them', async () => {
    const transport = fakeTransport();
    keepEarlyDtlsRecords(transport);
    const second = Buffer.from([22, 254, 253, 0, 0, 2]);
    transport.iceTransport.connection.onData.execute(clientHello);
    transport.iceTransport.connection.onData.execute(stunBinding);
    transport.iceTransport.connection.onData.execute(second);
    expect(transport.serverReceived).toEqual([]);
    transport.start();
    await Promise.resolve();
    expect(transport.serverReceived).toEqual([[...clientHello], [...second]]);
  });

  it('are handed over once: records after the start reach the server only as they come', async () => {
    const transport = fakeTransport();
    keepEarlyDtlsRecords(transport);
    transport.iceTransport.connection.onData.execute(clientHello);
    transport.start();
    await Promise.resolve();
    const later = Buffer.from([20, 254, 253]);
    transport.iceTransport.connection.onData.execute(later);
    await Promise.resolve();
    expect(transport.serverReceived).toEqual([[...clientHello], [...later]]);
  });

  it('keep at most a ClientHello\'s worth from a client that floods', async () => {
    const transport = fakeTransport();
    keepEarlyDtlsRecords(transport);
    for (let i = 0; i < earlyRecordLimit + 10; i += 1) transport.iceTransport.connection.onData.execute(Buffer.from([23, i]));
    transport.start();
    await Promise.resolve();
    expect(transport.serverReceived).toHaveLength(earlyRecordLimit);
  });

  it('are dropped when the call closes first, or the transport fails instead of starting', async () => {
    const closed = fakeTransport();
    keepEarlyDtlsRecords(closed)();
    closed.iceTransport.connection.onData.execute(clientHello);
    closed.start();
    const failed = fakeTransport();
    keepEarlyDtlsRecords(failed);
    failed.iceTransport.connection.onData.execute(clientHello);
    failed.state = 'failed';
    failed.onStateChange.execute('failed');
    failed.start();
    await Promise.resolve();
    expect(closed.serverReceived).toEqual([]);
    expect(failed.serverReceived).toEqual([]);
  });

  it('are not kept for a transport already running (a later offer on the same call)', async () => {
    const transport = fakeTransport();
    transport.state = 'connected';
    keepEarlyDtlsRecords(transport);
    transport.iceTransport.connection.onData.execute(clientHello);
    transport.onStateChange.execute('closed');
    await Promise.resolve();
    expect(transport.serverReceived).toEqual([]);
  });

  it('tells DTLS from STUN and media by the first byte (RFC 7983)', () => {
    expect(isDtlsRecord(Buffer.from([20]))).toBe(true);
    expect(isDtlsRecord(Buffer.from([63]))).toBe(true);
    expect(isDtlsRecord(Buffer.from([0, 1]))).toBe(false);
    expect(isDtlsRecord(Buffer.from([128]))).toBe(false);
    expect(isDtlsRecord(Buffer.alloc(0))).toBe(false);
  });
});
