// Every failure main words for a command goes over the bridge with its wording's code, and the
// renderer's English for that code is main's English, so a translated refusal in English reads
// exactly as main logs it and older renderers show it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/infinity/logger';
import { requestWords } from '../../../../electron/infinity/requests/requestErrors';
import { captionFailureWords } from '../../../../electron/service/captionFailures';
import { certificateWords } from '../../../../electron/service/certificateHandlers';
import { createDesktopSlot, desktopMessages } from '../../../../electron/service/desktopHandlers';
import { createKioskSlot, kioskMessages } from '../../../../electron/service/kioskHandlers';
import { presentationWords } from '../../../../electron/service/presentationHandlers';
import { createSettingsSlot, settingsMessages } from '../../../../electron/service/settingsHandlers';
import type { DesktopSettingsTarget, KioskCommandTarget } from '../../../../electron/service/ports';
import type { CommandWords } from '../../../../electron/shared/bridge';
import { bridgeMessages, wordsOf } from '../../../../electron/shared/commandWording';

const rendererEnglish = (JSON.parse(readFileSync(new URL('../../../../renderer/src/i18n/locales/en.json', import.meta.url), 'utf8')) as { commandError: Record<string, string> })
  .commandError;
const filled = (text: string | undefined, values: Record<string, unknown>) => (text ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

const plainWords: CommandWords[] = [
  ...Object.values(requestWords),
  ...Object.values(presentationWords),
  ...Object.values(certificateWords),
  ...Object.values(wordsOf(settingsMessages)),
  ...Object.values(wordsOf(desktopMessages)),
  ...Object.values(wordsOf(kioskMessages)),
  // The renderer's own, when its bridge to the meeting service fails (renderer/src/bridge).
  ...Object.values(wordsOf(bridgeMessages)),
  captionFailureWords({ code: 'forbidden', message: 'x', detail: 'Live captions not available' }),
  captionFailureWords({ code: 'forbidden', message: 'x', detail: 'Not configured' }),
  captionFailureWords({ code: 'forbidden', message: 'x', detail: 'Dial out not allowed' }),
  { message: 'You are not in a breakout room.', wording: 'notInBreakout' },
  { message: 'This request did not come from Parley.', wording: 'untrustedSender' },
];

describe('command wordings', () => {
  it("have the renderer's English equal to main's for every wording", () => {
    for (const words of plainWords) expect(rendererEnglish[words.wording], words.wording).toBe(words.message);
    const unreachable = captionFailureWords({ code: 'node_unreachable', ...requestWords.unreachable });
    expect(unreachable).toEqual({ message: `Live captions could not start. ${requestWords.unreachable.message}`, wording: 'captionsFailed', values: { cause: 'unreachable' } });
    expect(filled(rendererEnglish.captionsFailed, { cause: rendererEnglish.unreachable })).toBe(unreachable.message);
    expect(filled(rendererEnglish.breakoutsPartlyOpened, { opened: 2, total: 3 })).toBe('Only 2 of 3 breakout rooms could be opened; the others were not created.');
  });

  it('leave no renderer wording that main never sends', () => {
    const sent = new Set([...plainWords.map((words) => words.wording), 'captionsFailed', 'breakoutsPartlyOpened']);
    expect(Object.keys(rendererEnglish).filter((wording) => !sent.has(wording))).toEqual([]);
  });

  it('reach the bridge with the refusals of the settings, desktop and kiosk commands', async () => {
    expect(await createSettingsSlot(silentLogger).handlers.recentMeetings(null)).toMatchObject({ ok: false, error: { code: 'not_found', wording: 'noSettings' } });
    const settings = createSettingsSlot(silentLogger);
    settings.attach({ openRecentMeeting: () => Promise.resolve(null) } as unknown as DesktopSettingsTarget);
    expect(await settings.handlers.recentMeetingOpen({ id: 'gone' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That meeting is no longer in Recent meetings.', wording: 'recentMeetingGone' },
    });
    expect(await settings.handlers.recentMeetingOpen({ id: 42 } as never)).toMatchObject({ ok: false, error: { code: 'invalid_argument', wording: 'settingInvalid' } });
    expect(await createDesktopSlot(silentLogger).handlers.updateRestart(null)).toMatchObject({ ok: false, error: { wording: 'desktopOnly' } });

    const kiosk = createKioskSlot(() => undefined, silentLogger);
    expect(await kiosk.handlers.kioskExit({ adminPin: '1234' })).toMatchObject({ ok: false, error: { code: 'not_found', wording: 'notKiosk' } });
    kiosk.attach({ checkAdminPin: () => Promise.resolve('wrong') } as unknown as KioskCommandTarget);
    expect(await kiosk.handlers.kioskExit({ adminPin: '1234' })).toEqual({ ok: false, error: { code: 'forbidden', message: kioskMessages.adminPinWrong, wording: 'adminPinWrong' } });
  });
});
