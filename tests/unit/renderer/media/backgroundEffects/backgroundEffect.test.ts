import { describe, expect, it } from 'vitest';
import { backgroundEffects, drawingOf, isBackgroundEffect } from '../../../../../renderer/src/media/backgroundEffects/backgroundEffect';
import { kioskBackgroundEffects } from '../../../../../electron/shared/kioskCommands';
import { coverRect } from '../../../../../renderer/src/media/backgroundEffects/frameCompositor';

describe('background effect choices', () => {
  it('lists off, two blurs, the built-in pictures and the own picture', () => {
    expect(backgroundEffects).toEqual(['off', 'blur-slight', 'blur-strong', 'image-office', 'image-beach', 'image-forest', 'image-own']);
  });

  it('knows every effect a kiosk room can be configured with', () => {
    for (const effect of kioskBackgroundEffects) expect(isBackgroundEffect(effect)).toBe(true);
  });

  it('accepts only known choices (remembered and configured values are untrusted)', () => {
    expect(isBackgroundEffect('blur-strong')).toBe(true);
    expect(isBackgroundEffect('image-own')).toBe(true);
    for (const value of ['blur', 'image-', 'image-moon', '', null, 3, { effect: 'off' }]) expect(isBackgroundEffect(value)).toBe(false);
  });

  it('draws a strong blur wider than a slight one, and pictures by name', () => {
    const slight = drawingOf('blur-slight');
    const strong = drawingOf('blur-strong');
    if (slight.kind !== 'blur' || strong.kind !== 'blur') throw new Error('blurs expected');
    expect(strong.radiusFraction).toBeGreaterThan(slight.radiusFraction * 2);
    expect(drawingOf('image-forest')).toEqual({ kind: 'image', image: 'forest' });
    expect(drawingOf('image-own')).toEqual({ kind: 'image', image: 'own' });
    expect(drawingOf('off')).toEqual({ kind: 'none' });
  });
});

describe('a background picture covering the frame', () => {
  it('fills a same-shaped frame exactly', () => {
    expect(coverRect(1280, 720, 640, 360)).toEqual({ x: 0, y: 0, width: 640, height: 360 });
  });

  it('crops a taller picture top and bottom, centred', () => {
    expect(coverRect(1000, 1000, 640, 360)).toEqual({ x: 0, y: -140, width: 640, height: 640 });
  });

  it('crops a wider picture left and right, centred', () => {
    expect(coverRect(2000, 500, 640, 360)).toEqual({ x: -400, y: 0, width: 1440, height: 360 });
  });
});
