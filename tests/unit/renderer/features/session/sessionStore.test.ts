import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installBridge } from '../../../../../renderer/src/bridge';
import { loadRememberedJoin } from '../../../../../renderer/src/features/join/rememberedJoin';
import { subscribeToBridge } from '../../../../../renderer/src/features/session/bridgeEvents';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { createFakeBridge, joinedInfo, participant, type FakeBridge } from '../../fakeBridge';

function fillForm(): ReturnType<typeof useSessionStore> {
  const session = useSessionStore();
  Object.assign(session.form, { node: 'node.example.com', alias: 'meet.alice', displayName: 'Bob', pin: '1234' });
  return session;
}

describe('session store', () => {
  let bridge: FakeBridge;

  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    bridge = createFakeBridge();
    installBridge(bridge.api);
    subscribeToBridge(bridge.api);
  });

  it('enters the meeting when join succeeds, sending what the form holds', async () => {
    const session = fillForm();
    const joining = session.join();
    expect(session.state).toBe('joining');
    await joining;
    expect(bridge.api.join).toHaveBeenCalledWith({
      node: 'node.example.com',
      alias: 'meet.alice',
      displayName: 'Bob',
      pin: '1234',
    });
    expect(session.state).toBe('in_meeting');
    expect(session.info?.participantUuid).toBe('self-uuid');
  });

  it('remembers the node and name but never the PIN', async () => {
    await fillForm().join();
    expect(loadRememberedJoin()).toEqual({ node: 'node.example.com', displayName: 'Bob' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('1234');
  });

  it('asks for a PIN on pin_required and stays on the join screen', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'pin_required', message: 'This meeting needs a PIN', hostPin: 'required', guestPin: 'none' },
    });
    const session = fillForm();
    await session.join();
    expect(session.state).toBe('idle');
    expect(session.prompt).toBe('pin');
    expect(session.joinError?.message).toBe('This meeting needs a PIN');
  });

  it('clears the PIN but keeps the name on invalid_pin', async () => {
    bridge.api.join.mockResolvedValueOnce({ ok: false, error: { code: 'invalid_pin', message: 'That PIN is wrong' } });
    const session = fillForm();
    await session.join();
    expect(session.form.pin).toBe('');
    expect(session.form.displayName).toBe('Bob');
    expect(session.prompt).toBe('pin');
  });

  it('asks for the meeting extension and sends it with the next join', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'extension_required', message: 'Enter the meeting to join', extensionType: 'standard' },
    });
    const session = fillForm();
    await session.join();
    expect(session.prompt).toBe('extension');
    session.form.extension = ' meet.bob ';
    await session.join();
    expect(bridge.api.join).toHaveBeenLastCalledWith(expect.objectContaining({ conferenceExtension: 'meet.bob' }));
    expect(session.state).toBe('in_meeting');
    expect(session.prompt).toBe('none');
  });

  it('keeps everything typed on other refusals', async () => {
    bridge.api.join.mockResolvedValueOnce({
      ok: false,
      error: { code: 'conference_not_found', message: 'There is no meeting at that address' },
    });
    const session = fillForm();
    await session.join();
    expect(session.state).toBe('idle');
    expect(session.joinError?.code).toBe('conference_not_found');
    expect({ ...session.form }).toMatchObject({ node: 'node.example.com', alias: 'meet.alice', pin: '1234' });
  });

  it('shows the disconnected screen when the node ends the session, and rejoins with the same details', async () => {
    const session = fillForm();
    await session.join();
    bridge.emit({ type: 'session_ended', code: 'disconnected', reason: 'Removed by host' });
    expect(session.state).toBe('ended');
    expect(session.ended).toEqual({ code: 'disconnected', reason: 'Removed by host' });
    await session.rejoin();
    expect(bridge.api.join).toHaveBeenCalledTimes(2);
    expect(bridge.api.join.mock.calls[1]).toEqual(bridge.api.join.mock.calls[0]);
    expect(session.state).toBe('in_meeting');
  });

  it('goes back to the join screen with the fields filled on leave', async () => {
    const session = fillForm();
    await session.join();
    await session.leave();
    expect(bridge.api.leave).toHaveBeenCalledTimes(1);
    expect(session.state).toBe('idle');
    expect(session.form.alias).toBe('meet.alice');
    bridge.emit({ type: 'session_ended', code: 'left', reason: '' });
    expect(session.state).toBe('idle');
  });

  it('follows the connection state', async () => {
    const session = fillForm();
    await session.join();
    bridge.emit({ type: 'connection', state: 'reconnecting' });
    expect(session.connection).toBe('reconnecting');
    bridge.emit({ type: 'connection', state: 'connected' });
    expect(session.connection).toBe('connected');
  });

  it('restores a meeting main already has', async () => {
    bridge.api.getSnapshot.mockResolvedValueOnce({
      ok: true,
      value: {
        info: joinedInfo({ alias: 'meet.restored' }),
        participants: [participant({ uuid: 'p1', displayName: 'Pat' })],
        conference: null,
        stage: [],
        layout: null,
        presentation: null,
        chatHistory: [
          { origin: 'Pat', senderUuid: 'p1', type: 'text/plain', payload: 'hi', direct: false, receivedAt: 1 },
        ],
        connection: 'connected',
      },
    });
    const session = useSessionStore();
    expect(await session.restoreFromMain()).toBe(true);
    expect(session.state).toBe('in_meeting');
    expect(session.form.alias).toBe('meet.restored');
    expect(useRosterStore().participants.map((p) => p.displayName)).toEqual(['Pat']);
    expect(useChatStore().messages.map((m) => m.payload)).toEqual(['hi']);
  });

  it('stays on the join screen when main has no meeting', async () => {
    const session = useSessionStore();
    expect(await session.restoreFromMain()).toBe(false);
    expect(session.state).toBe('idle');
  });

  it('trusts exactly the host and fingerprint the person saw', async () => {
    const trust = vi.fn(async () => ({ ok: true as const, value: null }));
    (bridge.api as unknown as { trustNodeCertificate: typeof trust }).trustNodeCertificate = trust;
    const certificate = { host: 'node.example.com', fingerprint: 'AB:CD', subject: 's', issuer: 'i', validFrom: 'f', validTo: 't' };
    expect(await useSessionStore().trustNodeCertificate(certificate)).toEqual({ ok: true, value: null });
    expect(trust).toHaveBeenCalledWith({ host: 'node.example.com', fingerprint: 'AB:CD' });
  });

  it('goes back to the join form saying the node cannot be reached when the bridge is lost', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    bridge.api.join.mockRejectedValueOnce(new Error('IPC channel closed'));
    const session = fillForm();
    await session.join();
    expect(session.state).toBe('idle');
    expect(session.joinError?.code).toBe('node_unreachable');
    warn.mockRestore();
  });
});
