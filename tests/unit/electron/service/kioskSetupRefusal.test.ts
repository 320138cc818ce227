// A setup whose written configuration cannot be used is refused with the reasons as codes (for the
// renderer to translate) and as main's English detail (for logs and older renderers).
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/infinity/logger';
import { missingKeyProblem } from '../../../../electron/kiosk/config/configMessages';
import { createKioskSlot } from '../../../../electron/service/kioskHandlers';
import type { KioskCommandTarget } from '../../../../electron/service/ports';

describe('kiosk setup refusal', () => {
  it('carries why the configuration cannot be used as codes beside the English detail', async () => {
    const problems = [missingKeyProblem('displayName'), missingKeyProblem('alias')];
    const kiosk = createKioskSlot(() => undefined, silentLogger);
    kiosk.attach({ firstRun: () => true, saveSetup: () => Promise.resolve({ ok: false, error: problems }) } as unknown as KioskCommandTarget);
    const fields = { node: 'node.example.com', alias: 'meet.room', displayName: 'Room', autoJoin: true, newAdminPin: '1234' };
    expect(await kiosk.handlers.kioskSaveSetup({ adminPin: '', fields })).toEqual({
      ok: false,
      error: {
        code: 'invalid_argument',
        message: 'The configuration was not saved.',
        wording: 'setupNotSaved',
        detail: `${problems[0]?.message}; ${problems[1]?.message}`,
        configProblems: problems,
      },
    });
  });
});
