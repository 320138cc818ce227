// Conference control against the simulator, asserted through the events a real node sends:
// locking and the waiting room, waiting for a host, guest mutes and permissions, dial-out outcomes,
// layouts and their transforms, classification, banner text, pinning, personal mixes, ending.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './simulatorFixture';
import { joinRoom } from './joinRoom';
import { SimSession, withUuid } from './simSession';

const ROOM = 'meet.control';

async function join(name: string, pin: string, alias = ROOM): Promise<SimSession> {
  const session = await SimSession.join(env.sim, alias, name, pin, env.streams);
  env.sessions.push(session);
  return session;
}

async function startCall(session: SimSession): Promise<void> {
  const answer = await session.act(session.uuid, 'calls', { call_type: 'WEBRTC', sdp: 'v=0\r\n' });
  expect(answer.status).toBe(200);
}

const env = useSimulator({
  timings: { dialAnswerMs: 10, dialRejectMs: 10, dialTimeoutMs: 30 },
  rooms: [{ alias: ROOM, name: 'Control Room', serviceType: 'conference', hostPin: '1234' }],
});

describe('locking and the waiting room', () => {
  it('holds new guests while locked until a host admits one or unlocks', async () => {
    const host = await join('Host', '1234');
    expect((await host.post('lock')).status).toBe(200);
    await host.events.next('conference_update', (d) => (d as { locked?: boolean }).locked === true);

    const first = await joinRoom(env.sim.url, ROOM, 'First guest', 'none');
    const second = await joinRoom(env.sim.url, ROOM, 'Second guest', 'none');
    const created = await host.events.next('participant_create', withUuid(first.participantUuid));
    expect(JSON.parse(created.data)).toMatchObject({ service_type: 'waiting_room', role: 'guest' });

    await host.act(first.participantUuid, 'unlock');
    await host.events.next('participant_update', withUuid(first.participantUuid, { service_type: 'conference' }));
    const list = await host.get('participants');
    const waiting = (list.body.result as { uuid: string; service_type: string }[]).find((p) => p.uuid === second.participantUuid);
    expect(waiting?.service_type).toBe('waiting_room');

    await host.post('unlock');
    await host.events.next('participant_update', withUuid(second.participantUuid, { service_type: 'conference' }));
    env.sim.faults.disconnectParticipant(ROOM, { participantUuid: first.participantUuid }, 'done');
    env.sim.faults.disconnectParticipant(ROOM, { participantUuid: second.participantUuid }, 'done');
  });

  it('refuses host-only requests from guests with 403', async () => {
    const guest = await join('Guest', 'none');
    for (const path of ['lock', 'muteguests', 'start_conference', 'disconnect', 'clearallbuzz', 'clearspotlights']) {
      expect((await guest.post(path)).status, path).toBe(403);
    }
    expect((await guest.post('transform_layout', { transforms: { layout: '2x2' } })).status).toBe(403);
    expect((await guest.post('dial', { role: 'GUEST', destination: 'x@example.com', protocol: 'sip' })).status).toBe(403);
  });

  it('keeps guests waiting for a host until start_conference', async () => {
    const guest = await join('Early guest', 'none', 'meet.waiting');
    const host = await join('Host', '1234', 'meet.waiting');
    const listed = await host.get('participants');
    expect((listed.body.result as { uuid: string; service_type: string }[]).find((p) => p.uuid === guest.uuid)?.service_type).toBe(
      'waiting_room',
    );
    expect((await host.get('conference_status')).body.result).toMatchObject({ started: false });
    expect((await guest.post('start_conference')).status).toBe(403);

    await host.post('start_conference');
    await guest.events.next('conference_update', (d) => (d as { started?: boolean }).started === true);
    await guest.events.next('participant_update', withUuid(guest.uuid, { service_type: 'conference' }));
  });
});

describe('guest permissions', () => {
  it('mutes all guests, and lets them unmute only when allowed', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    await host.post('set_guests_can_unmute', { setting: false });
    await host.post('muteguests');
    await host.events.next('participant_update', withUuid(guest.uuid, { is_muted: 'YES' }));
    await host.events.next('conference_update', (d) => (d as { guests_muted?: boolean }).guests_muted === true);
    expect((await guest.act(guest.uuid, 'unmute')).status).toBe(403);

    await host.post('set_guests_can_unmute', { setting: true });
    await guest.events.next('conference_update', (d) => (d as { guests_can_unmute?: boolean }).guests_can_unmute === true);
    expect((await guest.act(guest.uuid, 'unmute')).status).toBe(200);
    await host.events.next('participant_update', withUuid(guest.uuid, { is_muted: 'NO' }));
    await host.post('unmuteguests');
    await host.events.next('conference_update', (d) => (d as { guests_muted?: boolean }).guests_muted === false);
  });

  it('refuses the floor to guests when guests may not present', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    await host.post('set_guests_can_present', { setting: false });
    await guest.events.next('conference_update', (d) => (d as { guests_can_present?: boolean }).guests_can_present === false);
    expect((await guest.act(guest.uuid, 'take_floor')).status).toBe(403);
    await host.post('set_guests_can_present', { setting: true });
    expect((await guest.act(guest.uuid, 'take_floor')).status).toBe(200);
    await host.events.next('presentation_start', (d) => (d as { presenter_name?: string }).presenter_name === 'Guest');
    await guest.act(guest.uuid, 'release_floor');
  });
});

describe('dial-out', () => {
  it('shows a connecting participant that is answered', async () => {
    const host = await join('Host', '1234');
    const answer = await host.post('dial', { role: 'GUEST', destination: 'room@example.com', protocol: 'sip', dtmf_sequence: '12#' });
    const [uuid] = answer.body.result as string[];
    const created = await host.events.next('participant_create', withUuid(uuid ?? ''));
    expect(JSON.parse(created.data)).toMatchObject({ service_type: 'connecting', call_direction: 'out', uri: 'room@example.com' });
    await host.events.next('participant_update', withUuid(uuid ?? '', { service_type: 'conference', has_media: true }));
    await host.act(uuid ?? '', 'disconnect');
  });

  it('deletes a rejected (busy) and an unanswered (noanswer) participant', async () => {
    const host = await join('Host', '1234');
    const busy = ((await host.post('dial', { role: 'GUEST', destination: 'busy@example.com', protocol: 'sip' })).body.result as string[])[0] ?? '';
    const silent = ((await host.post('dial', { role: 'GUEST', destination: 'sip:noanswer@example.com', protocol: 'auto' })).body.result as string[])[0] ?? '';
    await host.events.next('participant_delete', withUuid(busy));
    await host.events.next('participant_delete', withUuid(silent));
    const updates = host.events.dataOf('participant_update').filter((d) => withUuid(busy)(d) || withUuid(silent)(d));
    expect(updates).toEqual([]);
  });
});

describe('layouts', () => {
  it('turns transform_layout into layout and conference_update events', async () => {
    const host = await join('Host', '1234');
    await startCall(host);
    const from = host.events.events.length;
    const answer = await host.post('transform_layout', {
      transforms: {
        layout: '2x2',
        enable_overlay_text: true,
        streaming_indicator: true,
        recording_indicator: true,
        free_form_overlay_text: ['Top left', 'top right', 'bottom left', 'bottom right'],
        streaming: { layout: '1:0', waiting_screen_enabled: true },
      },
    });
    expect(answer.status).toBe(200);
    const layout = JSON.parse((await host.events.next('layout', (d) => (d as { view?: string }).view === '4:0', from)).data) as Record<string, unknown>;
    expect(layout).toMatchObject({
      view: '4:0',
      participants: [host.uuid],
      requested_layout: { primary_screen: { chair_layout: '2x2', guest_layout: '2x2' } },
      overlay_text_enabled: true,
      indicators: { streaming: true, recording: true },
      free_form_overlay_text: ['Top left', 'top right', 'bottom left', 'bottom right'],
      streaming: { layout: '1:0', waiting_screen_enabled: true },
    });
    const update = await host.events.next('conference_update', (d) => (d as { indicators?: { streaming?: boolean } }).indicators?.streaming === true, from);
    expect(JSON.parse(update.data)).toMatchObject({ indicators: { streaming: true, recording: true } });
    expect((await host.post('transform_layout', { transforms: { guest_layout: '1:0' } })).status).toBe(400);
    expect((await host.post('transform_layout', { transforms: { layout: 'nonsense' } })).status).toBe(400);

    const svgs = (await host.get('layout_svgs')).body.result as Record<string, string>;
    expect(Object.keys(svgs)).toContain('2x2');
    expect(svgs['2x2']).toMatch(/^<svg/);
    const annotated = (await host.get('available_layouts?annotate=true')).body.result as { name: string; tags: string[] }[];
    expect(annotated.find((l) => l.name === '2x2')?.tags).toContain('equal');
  });

  it('gives auditorium hosts and guests their own layouts and hides guests from guests', async () => {
    const host = await join('Host', '1234', 'meet.auditorium');
    const guestA = await join('Guest A', 'none', 'meet.auditorium');
    const guestB = await join('Guest B', 'none', 'meet.auditorium');
    for (const session of [host, guestA, guestB]) await startCall(session);
    await host.post('transform_layout', { transforms: { host_layout: '3x3', guest_layout: '2x2' } });
    await host.post('set_guests_can_see_guests', { setting: 'never' });

    const guestView = await guestA.events.next('layout', (d) => (d as { guests_can_see_guests?: string }).guests_can_see_guests === 'never');
    expect(JSON.parse(guestView.data)).toMatchObject({ view: '4:0', participants: [host.uuid] });
    const hostView = await host.events.next('layout', (d) => (d as { guests_can_see_guests?: string }).guests_can_see_guests === 'never');
    const hostData = JSON.parse(hostView.data) as { view: string; participants: string[] };
    expect(hostData.view).toBe('9:0');
    expect(hostData.participants).toEqual(expect.arrayContaining([host.uuid, guestA.uuid, guestB.uuid]));
    expect((await guestA.post('set_guests_can_see_guests', { setting: 'always' })).status).toBe(403);
  });

  it('applies a personal video mix to one participant', async () => {
    const host = await join('Host', '1234');
    await startCall(host);
    await host.post('video_mixes/create', { mix_name: 'main.!personal' });
    const mixName = `main.!${host.uuid}`;
    await host.events.next('participant_update', (d) => (d as { receive_from_video_mix?: { mix_name?: string } }).receive_from_video_mix?.mix_name === mixName);
    await host.post(`video_mixes/${encodeURIComponent(mixName)}/configure`, { transform_layout: { layout: '3x3' } });
    await host.events.next('layout', (d) => (d as { view?: string }).view === '9:0');
    await host.post(`video_mixes/${encodeURIComponent(mixName)}/delete`);
    await host.events.next('participant_update', (d) => (d as { receive_from_video_mix?: { mix_name?: string } }).receive_from_video_mix?.mix_name === 'main');
  });
});

describe('conference settings', () => {
  it('publishes classification, banner text and pinning in conference_update', async () => {
    const host = await join('Host', '1234');
    await host.post('set_classification_level', { level: 4 });
    const classified = await host.events.next('conference_update', (d) => (d as { classification?: { current?: number } }).classification?.current === 4);
    expect(JSON.parse(classified.data)).toMatchObject({ classification: { levels: { '4': 'Confidential' } } });
    expect((await host.get('get_classification_level')).body.result).toMatchObject({ current: 4 });
    expect((await host.post('set_classification_level', { level: 99 })).status).toBe(400);

    await host.post('set_message_text', { text: 'Recording starts at 10:00' });
    await host.events.next('conference_update', (d) => (d as { message_text?: string }).message_text === 'Recording starts at 10:00');
    expect((await host.get('get_message_text')).body.result).toMatchObject({ text: 'Recording starts at 10:00' });
    await host.post('set_message_text', { text: '' });
    await host.events.next('conference_update', (d) => (d as { message_text?: unknown }).message_text === null);

    expect((await host.get('available_pinning_configs')).body.result).toEqual(['basic_backfill', 'complex']);
    await host.post('set_pinning_config', { pinning_config: 'basic_backfill' });
    await host.events.next('conference_update', (d) => (d as { pinning_config?: string }).pinning_config === 'basic_backfill');
    expect((await host.get('get_pinning_config')).body.result).toMatchObject({
      pinning_config: 'basic_backfill',
      pinning_config_dict: { name: 'basic_backfill', backfill: true },
    });
    expect((await host.post('set_pinning_config', { pinning_config: 'nope' })).status).toBe(400);
    expect((await host.post('silent_video_detection', { config: { silent_after: 500 } })).status).toBe(400);
  });

  it('answers theme with 204 outside direct media and serves theme resources', async () => {
    const host = await join('Host', '1234');
    expect((await fetch(host.url('theme/'), { headers: { token: host.joined.token } })).status).toBe(204);
    const image = await fetch(host.url('theme/background.jpg'), { headers: { token: host.joined.token } });
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect([...new Uint8Array(await image.arrayBuffer()).slice(0, 2)]).toEqual([0xff, 0xd8]);
  });

  it('disconnects everyone, the caller included', async () => {
    const host = await join('Host', '1234');
    const guest = await join('Guest', 'none');
    await host.post('disconnect');
    await guest.events.next('disconnect');
    await host.events.next('disconnect');
    await guest.events.ended;
    expect((await host.get('participants')).status).toBe(403);
  });
});
