import { describe, expect, it } from 'vitest';
import { defaultMediaSettings, loadMediaSettings, saveMediaSettings } from '../../../../../renderer/src/features/devices/mediaSettings';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('remembered audio and video settings', () => {
  it('starts with the background effect off', () => {
    expect(defaultMediaSettings.backgroundEffect).toBe('off');
    expect(loadMediaSettings(memoryStorage()).backgroundEffect).toBe('off');
  });

  it('remembers the background effect', () => {
    const storage = memoryStorage();
    saveMediaSettings({ ...defaultMediaSettings, backgroundEffect: 'image-beach' }, storage);
    expect(loadMediaSettings(storage)).toEqual({ ...defaultMediaSettings, backgroundEffect: 'image-beach' });
  });

  it('ignores an unknown remembered effect and keeps the rest', () => {
    const storage = memoryStorage();
    storage.setItem('parley.mediaSettings', JSON.stringify({ backgroundEffect: 'image-moon', rnnoise: true }));
    expect(loadMediaSettings(storage)).toEqual({ ...defaultMediaSettings, rnnoise: true });
  });
});
