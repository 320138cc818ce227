// The simulator's media-path faults on a call's ICE sockets: a cut drops everything both ways; a
// lossy path loses an even share of the media sent to the client and never STUN, so ICE stays up.
import { describe, expect, it } from 'vitest';
import type { RTCPeerConnection } from 'werift';
import { MediaPathCut } from '../../../sim/media/mediaPathCut';

function fakeCall() {
  const sent: string[] = [];
  const stun: string[] = [];
  const received: string[] = [];
  const protocol = {
    sendData: async (data: Buffer, _addr: unknown) => void sent.push(data.toString()),
    sendStun: async (message: unknown, _addr: unknown) => void stun.push(String(message)),
    datagramReceived: (data: Buffer, _addr: unknown) => void received.push(data.toString()),
  };
  const pc = { iceTransports: [{ connection: { protocols: [protocol] } }] } as unknown as RTCPeerConnection;
  return { pc, protocol, sent, stun, received };
}

describe('media path faults', () => {
  it('loses one media datagram in five at 20 % loss, keeps STUN and what comes in, and ends at 0', async () => {
    const call = fakeCall();
    const path = new MediaPathCut();
    expect(path.applyLoss(call.pc, 0.2)).toBe(1);
    for (let index = 0; index < 20; index++) await call.protocol.sendData(Buffer.from(`rtp${index}`), null);
    expect(call.sent).toHaveLength(16);
    expect(call.sent).not.toContain('rtp4');
    await call.protocol.sendStun('binding', null);
    call.protocol.datagramReceived(Buffer.from('rtcp'), null);
    expect(call.stun).toEqual(['binding']);
    expect(call.received).toEqual(['rtcp']);

    path.applyLoss(call.pc, 0);
    for (let index = 0; index < 10; index++) await call.protocol.sendData(Buffer.from('more'), null);
    expect(call.sent).toHaveLength(26);
  });

  it('drops everything both ways while cut, until lifted', async () => {
    const call = fakeCall();
    const path = new MediaPathCut();
    path.apply(call.pc);
    await call.protocol.sendData(Buffer.from('rtp'), null);
    await call.protocol.sendStun('binding', null);
    call.protocol.datagramReceived(Buffer.from('rtcp'), null);
    expect([call.sent, call.stun, call.received]).toEqual([[], [], []]);
    path.lift();
    await call.protocol.sendData(Buffer.from('rtp'), null);
    expect(call.sent).toEqual(['rtp']);
  });
});
