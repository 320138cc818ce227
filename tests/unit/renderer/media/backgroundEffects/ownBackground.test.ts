import { describe, expect, it } from 'vitest';
import {
  checkOwnBackgroundFile,
  fitScale,
  isStoredBackground,
  loadOwnBackground,
  ownBackgroundKey,
  ownBackgroundMaxBytes,
  ownBackgroundMaxStoredChars,
} from '../../../../../renderer/src/media/backgroundEffects/ownBackground';

function storageWith(value: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key: string) => (key === ownBackgroundKey ? value : null) };
}

describe('the person’s own background picture', () => {
  it('accepts common picture types within the size limit', () => {
    expect(checkOwnBackgroundFile({ type: 'image/jpeg', size: 200_000 })).toBeNull();
    expect(checkOwnBackgroundFile({ type: 'image/png', size: ownBackgroundMaxBytes })).toBeNull();
  });

  it('refuses what is not a picture (SVG too: it could carry script) and what is too large', () => {
    expect(checkOwnBackgroundFile({ type: 'application/pdf', size: 1000 })).toBe('notAnImage');
    expect(checkOwnBackgroundFile({ type: 'image/svg+xml', size: 1000 })).toBe('notAnImage');
    expect(checkOwnBackgroundFile({ type: '', size: 1000 })).toBe('notAnImage');
    expect(checkOwnBackgroundFile({ type: 'image/webp', size: ownBackgroundMaxBytes + 1 })).toBe('tooLarge');
  });

  it('loads only a JPEG data URL it could have written, within the bound', () => {
    const kept = 'data:image/jpeg;base64,/9j/4AAQ';
    expect(loadOwnBackground(storageWith(kept))).toBe(kept);
    expect(loadOwnBackground(storageWith(null))).toBeNull();
    expect(loadOwnBackground(storageWith('javascript:alert(1)'))).toBeNull();
    expect(loadOwnBackground(storageWith('data:text/html;base64,PHNjcmlwdD4='))).toBeNull();
    expect(loadOwnBackground(storageWith(`data:image/jpeg;base64,${'A'.repeat(ownBackgroundMaxStoredChars)}`))).toBeNull();
    expect(isStoredBackground(42)).toBe(false);
  });

  it('survives storage that throws', () => {
    expect(loadOwnBackground({ getItem: () => { throw new Error('denied'); } })).toBeNull();
  });

  it('scales down to 1280x720 at most and never enlarges', () => {
    expect(fitScale(2560, 1440)).toBe(0.5);
    expect(fitScale(1000, 2000)).toBe(0.36);
    expect(fitScale(640, 360)).toBe(1);
  });
});
