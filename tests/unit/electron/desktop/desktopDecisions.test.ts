// The installed app's small decisions: closing the window, the proxy plan, the tray menu.
import { describe, expect, it } from 'vitest';
import { closeDecision, desktopTexts, proxyPlan, trayIconFiles, trayMenu, trayTooltip } from '../../../../electron/desktop';

describe('closing the window', () => {
  it('closes outside a meeting or when quitting; in a meeting follows the setting, asking the first time', () => {
    expect(closeDecision('keep', false, false)).toBe('close');
    expect(closeDecision('keep', true, true)).toBe('close');
    expect(closeDecision('keep', true, false)).toBe('hide');
    expect(closeDecision('leave', true, false)).toBe('close');
    expect(closeDecision('ask', true, false)).toBe('ask');
  });
});

describe('proxy', () => {
  it('one plan for the Chromium session and undici', () => {
    expect(proxyPlan({ mode: 'system', url: '' })).toEqual({ ok: true, session: { mode: 'system' }, undici: { kind: 'system' } });
    expect(proxyPlan({ mode: 'none', url: 'http://ignored' })).toEqual({ ok: true, session: { mode: 'direct' }, undici: { kind: 'direct' } });
    expect(proxyPlan({ mode: 'manual', url: 'http://proxy.corp:3128' })).toEqual({
      ok: true,
      session: { mode: 'fixed_servers', proxyRules: 'http://proxy.corp:3128' },
      undici: { kind: 'proxy', url: 'http://proxy.corp:3128' },
    });
  });

  it('a manual proxy that is not a host and port is refused in words', () => {
    expect(proxyPlan({ mode: 'manual', url: 'proxy' })).toMatchObject({ ok: false, problem: expect.stringMatching(/not valid/) });
    expect(proxyPlan({ mode: 'manual', url: 'socks5://p:1080' })).toMatchObject({ ok: false, problem: expect.stringMatching(/http:\/\//) });
    expect(proxyPlan({ mode: 'manual', url: 'http://p:1/x' })).toMatchObject({ ok: false, problem: expect.stringMatching(/without a path/) });
  });
});

describe('tray menu', () => {
  const recent = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `m${n}`, node: 'https://n', alias: `room${n}`, conferenceName: n === 1 ? '' : `Room ${n}`, joinedAt: n, hasPin: false }));
  const labels = (items: ReturnType<typeof trayMenu>) => items.map((item) => ('separator' in item ? '—' : item.label));
  const english = desktopTexts('en');

  it('in a meeting: its name, mute, camera, show window, leave', () => {
    const items = trayMenu({ meeting: { name: 'Team sync', microphoneMuted: true, cameraOff: false }, recent }, english);
    expect(labels(items)).toEqual(['Team sync', '—', 'Unmute microphone', 'Turn camera off', 'Show window', '—', 'Leave meeting']);
    expect(trayTooltip({ meeting: { name: 'Team sync', microphoneMuted: false, cameraOff: false }, recent }, english)).toBe('Parley — in Team sync');
  });

  it('outside one: up to five recent meetings, show window, quit', () => {
    const items = trayMenu({ meeting: null, recent }, english);
    expect(labels(items)).toEqual(['Recent meetings', 'Join room1', 'Join Room 2', 'Join Room 3', 'Join Room 4', 'Join Room 5', '—', 'Show window', 'Quit Parley']);
    expect(items[1]).toMatchObject({ action: { kind: 'rejoin', id: 'm1' } });
    expect(labels(trayMenu({ meeting: null, recent: [] }, english))).toEqual(['Show window', 'Quit Parley']);
  });

  it('speaks the chosen language, with the meeting name inserted as it is', () => {
    const items = trayMenu({ meeting: { name: '<b>Équipe</b>', microphoneMuted: false, cameraOff: true }, recent }, desktopTexts('de'));
    expect(labels(items)).toEqual(['<b>Équipe</b>', '—', 'Mikrofon stummschalten', 'Kamera einschalten', 'Fenster anzeigen', '—', 'Besprechung verlassen']);
    expect(labels(trayMenu({ meeting: null, recent: [] }, desktopTexts('ja')))).toEqual(['ウィンドウを表示', 'Parley を終了']);
  });
});

describe('tray icon', () => {
  it('macOS menu bar: 16 px with its 32 px Retina form; Windows and Linux: 32 px', () => {
    expect(trayIconFiles('darwin')).toEqual({ file: '16x16.png', retina: '32x32.png' });
    expect(trayIconFiles('win32')).toEqual({ file: '32x32.png', retina: null });
    expect(trayIconFiles('linux')).toEqual({ file: '32x32.png', retina: null });
  });
});
