// Host controls of a conference: locking, starting, guest mutes and permissions, ending it, raised
// hands, spotlights, silent video detection, classification, banner text and pinning.
import { z } from 'zod';
import type { ConferencingNode } from '../conferencingNode';
import type { Room } from '../conference/room';
import { failed, success, type JsonReply } from '../http/respond';
import type { Router } from '../http/router';
import { parseBody } from './jsonBody';
import { addScoped } from './scope';
import { PINNING_CONFIGS } from '../conference/pinningConfigs';

const settingBody = z.object({ setting: z.boolean() });
const seeGuestsBody = z.object({ setting: z.enum(['no_hosts', 'always', 'never']) });
const silentVideoBody = z.object({
  config: z.object({
    enable: z.boolean().optional(),
    silent_after: z.number().min(1).max(120).optional(),
    require_no_faces: z.boolean().optional(),
    reactivate_after: z.number().min(1).max(5).optional(),
  }),
});
const classificationBody = z.object({ level: z.union([z.number().int(), z.string()]) });
const messageTextBody = z.object({ text: z.string() });
const pinningBody = z.object({ pinning_config: z.string() });

export function addConferenceControlRoutes(router: Router, node: ConferencingNode): void {
  const host = { hostOnly: true };
  addScoped(router, node, 'POST', 'lock', ({ room }) => setLocked(room, true), host);
  addScoped(router, node, 'POST', 'unlock', ({ room }) => setLocked(room, false), host);
  addScoped(router, node, 'POST', 'start_conference', ({ room }) => {
    room.start();
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'muteguests', ({ room }) => muteGuests(room, true), host);
  addScoped(router, node, 'POST', 'unmuteguests', ({ room }) => muteGuests(room, false), host);
  addScoped(router, node, 'POST', 'set_guests_can_unmute', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, settingBody);
    if (!body.ok) return body.reply;
    room.state.guestsCanUnmute = body.value.setting;
    room.publishConferenceUpdate();
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'set_guests_can_present', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, settingBody);
    if (!body.ok) return body.reply;
    room.state.guestsCanPresent = body.value.setting;
    room.publishConferenceUpdate();
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'set_guests_can_see_guests', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, seeGuestsBody);
    if (!body.ok) return body.reply;
    if (!room.isAuditorium) return failed(400, 'Only available in a Virtual Auditorium');
    room.state.guestsCanSeeGuests = body.value.setting;
    room.publishConferenceUpdate();
    room.publishLayout();
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'disconnect', async ({ room }) => {
    const everyone = [...room.participants.keys()];
    await Promise.all(
      everyone.map((uuid) => node.leave(uuid, { disconnectReason: 'Conference terminated by another participant' })),
    );
    return success(true);
  }, { hostOnly: true, mainOnly: true });
  addScoped(router, node, 'POST', 'clearallbuzz', ({ room }) => {
    for (const participant of room.participants.values()) {
      if (participant.buzzTime === 0) continue;
      participant.buzzTime = 0;
      room.announceUpdate(participant);
    }
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'clearspotlights', ({ room }) => {
    for (const participant of room.participants.values()) {
      if (participant.spotlight === 0) continue;
      participant.spotlight = 0;
      room.announceUpdate(participant);
    }
    room.publishStage();
    room.publishLayout();
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'silent_video_detection', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, silentVideoBody);
    if (!body.ok) return body.reply;
    room.state.silentVideoDetection = { ...room.state.silentVideoDetection, ...stripUndefined(body.value.config) };
    return success(true);
  }, host);
  addScoped(router, node, 'POST', 'set_classification_level', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, classificationBody);
    if (!body.ok) return body.reply;
    const level = String(body.value.level);
    if (!(level in room.state.classificationLevels)) return failed(400, 'Invalid classification level');
    room.state.classificationCurrent = Number(level);
    room.publishConferenceUpdate();
    return success(true);
  }, host);
  addScoped(router, node, 'GET', 'get_classification_level', ({ room }) =>
    success({ levels: room.state.classificationLevels, current: room.state.classificationCurrent }),
  );
  addScoped(router, node, 'POST', 'set_message_text', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, messageTextBody);
    if (!body.ok) return body.reply;
    room.state.setMessageText(body.value.text);
    room.publishConferenceUpdate();
    return success(true);
  }, host);
  addScoped(router, node, 'GET', 'get_message_text', ({ room }) => {
    const banner = room.state.messageText;
    return success({ text: banner?.text ?? '', set_time: banner ? `UTC+00:00 - ${banner.setTime}` : '' });
  });
  addScoped(router, node, 'POST', 'set_pinning_config', async ({ room }, ctx) => {
    const body = await parseBody(ctx.req, pinningBody);
    if (!body.ok) return body.reply;
    const name = body.value.pinning_config;
    if (name !== '' && !(name in PINNING_CONFIGS)) return failed(400, 'Unknown pinning configuration');
    room.state.pinningConfig = name === '' ? null : name;
    room.publishConferenceUpdate();
    return success(true);
  }, host);
  addScoped(router, node, 'GET', 'get_pinning_config', ({ room }) => {
    const name = room.state.pinningConfig;
    return success({ pinning_config: name ?? '', pinning_config_dict: name ? (PINNING_CONFIGS[name] ?? null) : null });
  });
  addScoped(router, node, 'GET', 'available_pinning_configs', () => success(Object.keys(PINNING_CONFIGS)));
}

function setLocked(room: Room, locked: boolean): JsonReply {
  room.locked = locked;
  room.publishConferenceUpdate();
  if (!locked) room.admitWaiting();
  return success(true);
}

function muteGuests(room: Room, muted: boolean): JsonReply {
  room.state.guestsMuted = muted;
  for (const participant of room.participants.values()) {
    if (participant.role !== 'GUEST' || participant.isMuted === muted) continue;
    participant.isMuted = muted;
    participant.mutedByHost = muted;
    room.announceUpdate(participant);
  }
  room.publishConferenceUpdate();
  return success(true);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
