// Conference control operations through the real core against the simulator: each request's
// effect is checked in the events the core relays and the state it keeps.
import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '../../../electron/shared/bridge';
import { after, expectOk, useCoreSimulator } from './coreSimulator';

const env = useCoreSimulator();

async function hostAndGuest() {
  const host = env.participant();
  const guest = env.participant();
  const hostInfo = await host.join({ node: env.sim.url, alias: 'meet.guest', displayName: 'Hannah Host', pin: '1234' });
  const guestInfo = await guest.join({ node: env.sim.url, alias: 'meet.guest', displayName: 'Gus Guest' });
  await host.waitFor((e) => e.type === 'participant_created' && e.participant.uuid === guestInfo.participantUuid, 'guest joined');
  await guest.waitFor((e) => e.type === 'roster', 'guest roster');
  return { host, guest, hostInfo, guestInfo };
}

const conferenceEvent = (check: (status: Extract<BridgeEvent, { type: 'conference' }>['status']) => boolean) => (e: BridgeEvent) =>
  e.type === 'conference' && check(e.status);

describe('conference control', () => {
  it('locks, mutes guests and sets guest permissions, visible to everyone', async () => {
    const { host, guest, guestInfo } = await hostAndGuest();
    const ops = host.service.operations.conference;

    expect(await ops.lock()).toEqual({ ok: true, value: null });
    await guest.waitFor(conferenceEvent((s) => s.locked), 'locked');
    expect(host.service.state()?.conference?.locked).toBe(true);
    expectOk(await ops.unlock());
    await guest.waitFor(after(guest, conferenceEvent((s) => !s.locked)), 'unlocked');

    expectOk(await ops.muteGuests());
    await host.waitFor((e) => e.type === 'participant_updated' && e.participant.uuid === guestInfo.participantUuid && e.participant.isMuted, 'guest muted');
    expect(host.service.state()?.conference?.guestsMuted).toBe(true);
    expectOk(await ops.unmuteGuests());

    expectOk(await ops.setGuestsCanUnmute({ setting: false }));
    await guest.waitFor(conferenceEvent((s) => !s.guestsCanUnmute), 'guests cannot unmute');
    expectOk(await ops.setGuestsCanPresent({ setting: false }));
    await guest.waitFor(conferenceEvent((s) => !s.guestsCanPresent), 'guests cannot present');
    // The guest now cannot take the floor: the error carries the node's own words.
    const denied = await guest.service.operations.participant.takeFloor({ participantUuid: guestInfo.participantUuid });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden', status: 403, detail: 'Guests cannot present' } });
  });

  it('refuses host-only functions to a guest with Pexip\'s message', async () => {
    const { guest } = await hostAndGuest();
    expect(await guest.service.operations.conference.lock()).toMatchObject({
      ok: false,
      error: { code: 'forbidden', status: 403, detail: 'Permission denied' },
    });
    expect(guest.service.state()?.conference?.locked).toBe(false);
  });

  it('sets the banner, classification and pinning, and reads them back', async () => {
    const { host, guest } = await hostAndGuest();
    const ops = host.service.operations.conference;

    expectOk(await ops.setMessageText({ text: 'Back at 10:30' }));
    await guest.waitFor(conferenceEvent((s) => s.messageText === 'Back at 10:30'), 'banner');
    expect(expectOk(await ops.getMessageText())).toMatchObject({ text: 'Back at 10:30' });

    const levels = expectOk(await ops.getClassificationLevel());
    expect(levels.levels['4']).toBe('Confidential');
    expectOk(await ops.setClassificationLevel({ level: 4 }));
    await guest.waitFor(conferenceEvent((s) => s.classification === 'Confidential'), 'classification');
    expect(expectOk(await ops.getClassificationLevel()).current).toBe(4);
    expect(await ops.setClassificationLevel({ level: 99 })).toMatchObject({ ok: false, error: { status: 400, detail: 'Invalid classification level' } });

    const configs = expectOk(await ops.availablePinningConfigs());
    expect(configs.length).toBeGreaterThan(0);
    const chosen = configs[0] ?? '';
    expectOk(await ops.setPinningConfig({ pinningConfig: chosen }));
    await host.waitFor((e) => e.type === 'conference' && host.service.state()?.conferenceDetails?.pinning_config === chosen, 'pinning');
    expect(expectOk(await ops.getPinningConfig())).toMatchObject({ pinning_config: chosen, pinning_config_dict: { name: chosen } });
  });

  it('changes the layout with transform_layout, including v38 indicators and free-form text', async () => {
    const { host, guest } = await hostAndGuest();
    const ops = host.service.operations.conference;
    const layouts = expectOk(await ops.availableLayouts());
    expect(layouts).toContain('1:7');
    const annotated = expectOk(await ops.availableLayouts({ annotate: true }));
    expect(annotated.some((layout) => typeof layout === 'object' && layout.name !== '')).toBe(true);
    expect(Object.keys(expectOk(await ops.layoutSvgs())).length).toBeGreaterThan(0);

    expectOk(
      await ops.transformLayout({
        transforms: {
          layout: '2x2',
          free_form_overlay_text: ['One', 'Two'],
          ai_enabled_indicator: true,
          live_captions_indicator: true,
          streaming: { layout: '1:0', presentation_in_mix: true },
        },
      }),
    );
    await guest.waitFor((e) => e.type === 'layout' && e.layout.requestedLayout === '2x2', 'layout 2x2');
    const details = guest.service.state()?.layoutDetails;
    expect(details?.requested_layout).toEqual({ primary_screen: { chair_layout: '2x2', guest_layout: '2x2' } });
    // Only fields the client reads are kept: the indicator flags stay, anything else the node adds is stripped.
    expect(details?.indicators).toMatchObject({ ai_enabled: true, live_captions: true });
    expect(Object.hasOwn(details ?? {}, 'free_form_overlay_text')).toBe(false);
    // A document-unknown transform is refused before anything is sent.
    const invalid = await ops.transformLayout({ transforms: { layuot: '1:0' } as never });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('dials out: a connecting participant that is answered, or rejected', async () => {
    const { host } = await hostAndGuest();
    const ops = host.service.operations.conference;
    const [answered] = expectOk(await ops.dial({ role: 'GUEST', destination: 'carol@example.com', protocol: 'sip' }));
    expect(answered).toBeTypeOf('string');
    await host.waitFor((e) => e.type === 'participant_created' && e.participant.uuid === answered && e.participant.serviceType === 'connecting', 'connecting');
    await host.waitFor((e) => e.type === 'participant_updated' && e.participant.uuid === answered && e.participant.serviceType === 'conference', 'answered');

    const [busy] = expectOk(await ops.dial({ role: 'GUEST', destination: 'busy@example.com', protocol: 'sip' }));
    await host.waitFor((e) => e.type === 'participant_deleted' && e.uuid === busy, 'rejected');
    expect(host.service.state()?.participants.map((p) => p.uuid)).not.toContain(busy);
    expect(host.service.state()?.participantDetails[answered ?? '']?.call_direction).toBe('out');
  });

  it('lists participants, clears hands and spotlights, configures silent video and video mixes', async () => {
    const { host, guest, guestInfo } = await hostAndGuest();
    const ops = host.service.operations.conference;
    const listed = expectOk(await ops.participants());
    // (Dial-outs of earlier tests may still be in the room.)
    expect(listed.map((entry) => entry.participant.displayName)).toEqual(expect.arrayContaining(['Gus Guest', 'Hannah Host']));
    expect(listed.find((entry) => entry.participant.uuid === guestInfo.participantUuid)?.details.role).toBe('guest');

    expectOk(await guest.service.operations.participant.buzz({ participantUuid: guestInfo.participantUuid }));
    await host.waitFor((e) => e.type === 'participant_updated' && e.participant.uuid === guestInfo.participantUuid && e.participant.buzzTime > 0, 'hand up');
    expectOk(await ops.clearAllBuzz());
    await host.waitFor(after(host, (e) => e.type === 'participant_updated' && e.participant.uuid === guestInfo.participantUuid && e.participant.buzzTime === 0), 'hands down');

    expectOk(await host.service.operations.participant.spotlightOn({ participantUuid: guestInfo.participantUuid }));
    await host.waitFor((e) => e.type === 'participant_updated' && e.participant.uuid === guestInfo.participantUuid && e.participant.spotlight > 0, 'spotlit');
    expectOk(await ops.clearSpotlights());
    await host.waitFor(after(host, (e) => e.type === 'participant_updated' && e.participant.uuid === guestInfo.participantUuid && e.participant.spotlight === 0), 'unspotlit');

    expectOk(await ops.silentVideoDetection({ config: { enable: true, silent_after: 30 } }));
    expectOk(await ops.createVideoMix({ mixName: 'main.!personal' }));
    expectOk(await ops.configureVideoMix({ mixName: 'main.!personal', layout: '1:0' }));
    expectOk(await ops.deleteVideoMix({ mixName: 'main.!personal' }));
    expect(await ops.conferenceStatus()).toMatchObject({ ok: true, value: { status: { locked: false } } });
  });

  it('starts a conference that waits for its host, letting waiting guests in', async () => {
    const guest = env.participant();
    const guestInfo = await guest.join({ node: env.sim.url, alias: 'meet.waiting', displayName: 'Early Guest' });
    expect(guestInfo.currentServiceType).toBe('waiting_room');
    const host = env.participant();
    await host.join({ node: env.sim.url, alias: 'meet.waiting', displayName: 'Late Host', pin: '1234' });
    expectOk(await host.service.operations.conference.startConference());
    await guest.waitFor(conferenceEvent((s) => s.started), 'started');
    expect(guest.service.state()?.conference?.started).toBe(true);
  });

  it('shows the theme of a direct media room and fetches its resources as bytes', async () => {
    const alice = env.participant();
    await alice.join({ node: env.sim.url, alias: 'meet.direct', displayName: 'Alice' });
    const theme = expectOk(await alice.service.operations.conference.theme());
    const background = theme?.['direct_media_welcome']?.background?.path;
    expect(background).toBe('background.jpg');
    const image = expectOk(await alice.service.operations.conference.themeResource({ path: background ?? '' }));
    expect(image.contentType).toBe('image/jpeg');
    expect([...image.bytes.slice(0, 2)]).toEqual([0xff, 0xd8]);

    const other = env.participant();
    await other.join({ node: env.sim.url, alias: 'meet.alice', displayName: 'Other' });
    expect(await other.service.operations.conference.theme()).toEqual({ ok: true, value: null });
  });

  it('disconnects everyone, the caller included', async () => {
    const { host, guest } = await hostAndGuest();
    expectOk(await host.service.operations.conference.disconnectAll());
    await guest.waitFor((e) => e.type === 'session_ended', 'guest ended');
    await host.waitFor((e) => e.type === 'session_ended', 'host ended');
    expect(guest.service.state()).toBeNull();
    expect(await host.service.operations.conference.lock()).toMatchObject({ ok: false, error: { code: 'not_joined' } });
  });

  it('relays chat through the conference message operation', async () => {
    const { host, guest } = await hostAndGuest();
    expectOk(await host.service.operations.conference.sendMessage({ payload: '{"k":1}', type: 'application/json' }));
    expect(await guest.waitFor((e) => e.type === 'chat', 'chat')).toMatchObject({ message: { type: 'application/json', payload: '{"k":1}' } });
  });
});
