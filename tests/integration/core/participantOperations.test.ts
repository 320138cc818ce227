// Participant operations through the real core against the simulator, checked in the events the
// core relays and the state it keeps (roster, participant details, presentation, refer).
import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import type { Participant } from '../../../electron/shared/meeting';
import { after, expectOk, relayed, useCoreSimulator } from './coreSimulator';
import type { CoreParticipant } from './coreParticipant';

const env = useCoreSimulator();

async function pair(alias = 'meet.guest') {
  const host = env.participant();
  const guest = env.participant();
  const hostInfo = await host.join({ node: env.sim.url, alias, displayName: 'Hannah Host', pin: '1234' });
  const guestInfo = await guest.join({ node: env.sim.url, alias, displayName: 'Gus Guest' });
  await host.waitFor((e) => e.type === 'participant_created' && e.participant.uuid === guestInfo.participantUuid, 'guest joined');
  await guest.waitFor((e) => e.type === 'roster', 'guest roster');
  return { host, guest, hostUuid: hostInfo.participantUuid, guestUuid: guestInfo.participantUuid };
}

/** Waits for a new participant_updated of `uuid` that satisfies `check`. */
function updated(who: CoreParticipant, uuid: string, check: (p: Participant) => boolean, what: string) {
  return who.waitFor(after(who, (e: BridgeEvent) => e.type === 'participant_updated' && e.participant.uuid === uuid && check(e.participant)), what);
}

describe('participant functions', () => {
  it('mutes, video-mutes, client-mutes and spotlights a participant', async () => {
    const { host, guest, guestUuid } = await pair();
    const ops = host.service.operations.participant;
    const target = { participantUuid: guestUuid };

    const muted = updated(guest, guestUuid, (p) => p.isMuted, 'muted');
    expectOk(await ops.mute(target));
    await muted;
    const unmuted = updated(host, guestUuid, (p) => !p.isMuted, 'unmuted');
    expectOk(await ops.unmute(target));
    await unmuted;

    const videoMuted = updated(host, guestUuid, (p) => p.isVideoMuted, 'video muted');
    expectOk(await ops.videoMute(target));
    await videoMuted;
    const videoUnmuted = updated(host, guestUuid, (p) => !p.isVideoMuted, 'video unmuted');
    expectOk(await ops.videoUnmute(target));
    await videoUnmuted;

    const clientMuted = updated(host, guestUuid, (p) => p.isClientMuted, 'client muted');
    expectOk(await guest.service.operations.participant.clientMute(target));
    await clientMuted;
    expectOk(await guest.service.operations.participant.clientUnmute(target));

    const spotlit = updated(guest, guestUuid, (p) => p.spotlight > 0, 'spotlit');
    expectOk(await ops.spotlightOn(target));
    await spotlit;
    expect(guest.service.state()?.participants.find((p) => p.uuid === guestUuid)?.spotlight).toBeGreaterThan(0);
    expectOk(await ops.spotlightOff(target));

    // A guest may not mute others: the node's text comes back with the status.
    expect(await guest.service.operations.participant.spotlightOn({ participantUuid: guestUuid })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', status: 403, detail: 'Permission denied' },
    });
  });

  it('keeps overlay text, role, hands, layout group, aspect and audio mixes in state', async () => {
    const { host, guest, guestUuid } = await pair();
    const ops = host.service.operations.participant;
    const target = { participantUuid: guestUuid };

    const renamed = updated(guest, guestUuid, (p) => p.overlayText === 'The Dude', 'overlay text');
    expectOk(await ops.overlayText({ ...target, text: 'The Dude' }));
    await renamed;

    const hand = updated(host, guestUuid, (p) => p.buzzTime > 0, 'hand raised');
    expectOk(await guest.service.operations.participant.buzz(target));
    await hand;
    const handDown = updated(host, guestUuid, (p) => p.buzzTime === 0, 'hand lowered');
    expectOk(await ops.clearBuzz(target));
    await handDown;

    const grouped = updated(host, guestUuid, () => host.service.state()?.participantDetails[guestUuid]?.layout_group === 'b', 'layout group');
    expectOk(await ops.layoutGroup({ ...target, layoutGroup: 'b' }));
    await grouped;

    const mixes = updated(host, guestUuid, () => Array.isArray(host.service.state()?.participantDetails[guestUuid]?.send_to_audio_mixes), 'mixes');
    expectOk(await ops.sendToAudioMixes({ ...target, mixes: [{ mix_name: 'main.french', prominent: true }] }));
    await mixes;
    expect(host.service.state()?.participantDetails[guestUuid]?.send_to_audio_mixes).toEqual([{ mix_name: 'main.french', prominent: true }]);
    const receiving = updated(host, guestUuid, () => host.service.state()?.participantDetails[guestUuid]?.receive_from_audio_mix === 'main.french', 'receive mix');
    expectOk(await ops.receiveFromAudioMix({ ...target, mixName: 'main.french' }));
    await receiving;
    expect(await ops.sendToAudioMixes({ ...target, mixes: [{ mix_name: 'a..b', prominent: false }] })).toMatchObject({
      ok: false,
      error: { status: 400, detail: 'Invalid mix name' },
    });

    const inMix = updated(guest, guestUuid, () => guest.service.state()?.participantDetails[guestUuid]?.needs_presentation_in_mix === false, 'pres in mix');
    expectOk(await guest.service.operations.participant.presInMix({ ...target, state: false }));
    await inMix;
    expectOk(await guest.service.operations.participant.preferredAspectRatio({ ...target, aspectRatio: 9 / 16 }));
    expect(await guest.service.operations.participant.preferredAspectRatio({ ...target, aspectRatio: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
    expectOk(
      await guest.service.operations.participant.statistics({ ...target, report: { audio: { rx_codec: 'opus', rx_bitrate: 64.4 } } }),
    );

    const promoted = updated(guest, guestUuid, (p) => p.role === 'host', 'promoted');
    expectOk(await ops.setRole({ ...target, role: 'chair' }));
    await promoted;
  });

  it('admits a participant from the waiting room of a locked conference', async () => {
    const { host } = await pair();
    expectOk(await host.service.operations.conference.lock());
    await host.waitFor((e) => e.type === 'conference' && e.status.locked, 'locked');
    const late = env.participant();
    const lateInfo = await late.join({ node: env.sim.url, alias: 'meet.guest', displayName: 'Late Larry' });
    expect(lateInfo.currentServiceType).toBe('waiting_room');
    await host.waitFor((e) => e.type === 'participant_created' && e.participant.uuid === lateInfo.participantUuid && e.participant.serviceType === 'waiting_room', 'waiting');
    expectOk(await host.service.operations.participant.admit({ participantUuid: lateInfo.participantUuid }));
    await updated(host, lateInfo.participantUuid, (p) => p.serviceType === 'conference', 'admitted');
  });

  it('takes and releases the floor: others see presentation_start and stop', async () => {
    const { host, guest, guestUuid } = await pair();
    expectOk(await guest.service.operations.participant.takeFloor({ participantUuid: guestUuid }));
    await host.waitFor((e) => e.type === 'presentation_started' && e.presentation.presenterName === 'Gus Guest', 'presentation');
    expect(host.service.state()?.presentation?.presenterName).toBe('Gus Guest');
    expect(host.service.state()?.participants.find((p) => p.uuid === guestUuid)?.isPresenting).toBe(true);
    expectOk(await guest.service.operations.participant.releaseFloor({ participantUuid: guestUuid }));
    await host.waitFor((e) => e.type === 'presentation_stopped', 'presentation stopped');
    expect(host.service.state()?.presentation).toBeNull();

    // With receiving denied, the host stops seeing the next presentation.
    const hostUuid = host.service.state()?.info.participantUuid ?? '';
    expectOk(await host.service.operations.participant.denyRxPresentation({ participantUuid: hostUuid }));
    await updated(host, hostUuid, (p) => !p.rxPresentationAllowed, 'rx denied');
    expectOk(await host.service.operations.participant.allowRxPresentation({ participantUuid: hostUuid }));
  });

  it('sends a direct message, DTMF and FECC, and fetches an avatar and an attestation', async () => {
    const { host, guest, guestUuid } = await pair();
    const ops = host.service.operations.participant;
    expectOk(await ops.message({ participantUuid: guestUuid, payload: 'Just for you' }));
    expect(await guest.waitFor((e) => e.type === 'chat', 'direct chat')).toMatchObject({ message: { payload: 'Just for you', direct: true } });
    expectOk(await ops.dtmf({ participantUuid: guestUuid, digits: '1234#' }));

    const [dialed] = expectOk(await host.service.operations.conference.dial({ role: 'GUEST', destination: 'cam@example.com', protocol: 'sip' }));
    const camera = { participantUuid: dialed ?? '' };
    expectOk(await ops.fecc({ ...camera, action: 'start', movement: [{ axis: 'pan', direction: 'left' }], timeout: 1000 }));
    expect(await ops.fecc({ participantUuid: guestUuid, action: 'stop', movement: [] })).toMatchObject({
      ok: false,
      error: { status: 403 },
    });

    const avatar = expectOk(await ops.avatar({ participantUuid: guestUuid }));
    expect(avatar.contentType).toBe('image/jpeg');
    expect([...avatar.bytes.slice(0, 2)]).toEqual([0xff, 0xd8]);
    expect(await ops.avatar(camera)).toMatchObject({ ok: false, error: { status: 404, detail: 'No image available' } });

    const jwt = expectOk(await guest.service.operations.participant.getAttestation({ participantUuid: guestUuid }));
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { role: string };
    expect(payload.role).toBe('guest');
    const jwk = (await (await fetch(`${env.sim.url}/api/client/v2/jwk`)).json()) as { keys: unknown[] };
    expect(jwk.keys.length).toBeGreaterThan(0);
  });

  it('transfers a participant: they get refer, leave, and the core joins the target', async () => {
    const { host, guest, guestUuid } = await pair();
    expectOk(await host.service.operations.participant.transfer({ participantUuid: guestUuid, conferenceAlias: 'meet.alice', role: 'guest' }));
    const refer = await guest.waitFor(relayed('refer'), 'refer');
    expect(refer.data).toEqual({ alias: 'meet.alice' });
    await host.waitFor((e) => e.type === 'participant_deleted' && e.uuid === guestUuid, 'left the source');
    // The core follows the refer: a new session in the target conference with its roster.
    await guest.waitFor(after(guest, (e) => e.type === 'roster'), 'target roster');
    expect(guest.service.state()?.info.alias).toBe('meet.alice');
    expect(guest.service.state()?.lastRefer).toBeNull();
    expect(guest.events.some((e) => e.type === 'session_ended')).toBe(false);
    // The refer's one-time token never reached a listener.
    expect(JSON.stringify(guest.events)).not.toMatch(/"token"/);
  });

  it('a failed transfer disconnects the participant; it never returns', async () => {
    const { host, guest, guestUuid } = await pair();
    expectOk(await host.service.operations.participant.transfer({ participantUuid: guestUuid, conferenceAlias: 'meet.nowhere', role: 'guest' }));
    expect(await guest.waitFor((e) => e.type === 'session_ended', 'ended')).toMatchObject({ code: 'disconnected', reason: 'transfer failed' });
    expect(guest.service.joined).toBe(false);
  });

  it('disconnects a participant', async () => {
    const { host, guest, guestUuid } = await pair();
    expectOk(await host.service.operations.participant.disconnect({ participantUuid: guestUuid }));
    await guest.waitFor((e) => e.type === 'session_ended', 'ended');
    await host.waitFor((e) => e.type === 'participant_deleted' && e.uuid === guestUuid, 'deleted');
    expect(host.service.state()?.participants.some((p) => p.uuid === guestUuid)).toBe(false);
  });
});
