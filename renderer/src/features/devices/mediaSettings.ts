// The person's audio and video settings, remembered on this computer: the bandwidth choice,
// Chromium's own audio processing (echo cancellation, noise suppression, automatic gain) and
// RNNoise noise suppression, and the camera's background effect.
import { defaultBandwidth, isBandwidthChoice, type BandwidthChoice } from '../../media/callBandwidth';
import { defaultBackgroundEffect, isBackgroundEffect, type BackgroundEffect } from '../../media/backgroundEffects/backgroundEffect';

export interface MediaSettings {
  bandwidth: BandwidthChoice;
  echoCancellation: boolean;
  noiseSuppression: boolean;
  autoGainControl: boolean;
  /** RNNoise on the microphone, before it is sent. */
  rnnoise: boolean;
  /** Blur or a picture behind the person on the camera. */
  backgroundEffect: BackgroundEffect;
}

export const defaultMediaSettings: MediaSettings = {
  bandwidth: defaultBandwidth,
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
  rnnoise: false,
  backgroundEffect: defaultBackgroundEffect,
};

const storageKey = 'parley.mediaSettings';

export function loadMediaSettings(storage: Pick<Storage, 'getItem'> = localStorage): MediaSettings {
  const settings = { ...defaultMediaSettings };
  try {
    const saved: unknown = JSON.parse(storage.getItem(storageKey) ?? '{}');
    if (typeof saved !== 'object' || saved === null) return settings;
    const record = saved as Record<string, unknown>;
    if (isBandwidthChoice(record.bandwidth)) settings.bandwidth = record.bandwidth;
    if (isBackgroundEffect(record.backgroundEffect)) settings.backgroundEffect = record.backgroundEffect;
    for (const key of ['echoCancellation', 'noiseSuppression', 'autoGainControl', 'rnnoise'] as const) {
      const value = record[key];
      if (typeof value === 'boolean') settings[key] = value;
    }
  } catch {
    // Unreadable settings: start from the defaults.
  }
  return settings;
}

export function saveMediaSettings(settings: MediaSettings, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the choice just is not remembered.
  }
}
