// The audio and video settings in force: the remembered ones, or a kiosk room's configured ones
// (which a room display applies without remembering them).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { BandwidthChoice } from '../../media/callBandwidth';
import type { BackgroundEffect } from '../../media/backgroundEffects/backgroundEffect';
import { loadMediaSettings, saveMediaSettings, type MediaSettings } from './mediaSettings';

export const useMediaSettingsStore = defineStore('mediaSettings', () => {
  const settings = ref<MediaSettings>(loadMediaSettings());
  /** "Audio and video settings" is shown (in the meeting; the device preview has its own toggle). */
  const panelOpen = ref(false);

  function update(change: Partial<MediaSettings>, options: { remember: boolean } = { remember: true }): void {
    settings.value = { ...settings.value, ...change };
    if (options.remember) saveMediaSettings(settings.value);
  }

  function setBandwidth(choice: BandwidthChoice, options?: { remember: boolean }): void {
    if (settings.value.bandwidth !== choice) update({ bandwidth: choice }, options);
  }

  function setBackgroundEffect(effect: BackgroundEffect, options?: { remember: boolean }): void {
    if (settings.value.backgroundEffect !== effect) update({ backgroundEffect: effect }, options);
  }

  return { settings, panelOpen, update, setBandwidth, setBackgroundEffect };
});
