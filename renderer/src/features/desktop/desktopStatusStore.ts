// The installed app's own state as main reports it: "Restart to update", what "Check for updates
// now" found, whether the system-wide shortcuts are held (and why one is not), the trusted node
// certificates, and push-to-talk held from another app. Outside the desktop app it stays empty.
import { defineStore } from 'pinia';
import { commandErrorText } from '../../i18n/commandErrorText';
import { ref } from 'vue';
import type { DesktopStatus, DesktopStatusEventBody, TrustedCertificate } from '../../../../electron/shared/bridge';
import { useBridge } from '../../bridge';
import { useCallStore } from '../call/callStore';

export const useDesktopStatusStore = defineStore('desktopStatus', () => {
  const status = ref<DesktopStatus | null>(null);
  const certificates = ref<TrustedCertificate[]>([]);
  /** A desktop command refused, in words. */
  const error = ref<string | null>(null);
  const checking = ref(false);
  /** Push-to-talk held down in another app (Ctrl+Alt+Space). */
  const systemTalk = ref(false);

  async function load(): Promise<void> {
    const result = await useBridge().desktopStatus(null);
    if (result.ok) status.value = result.value;
  }

  function apply(event: DesktopStatusEventBody): void {
    if (event.type === 'desktop_status') {
      status.value = event.status;
      return;
    }
    if (event.action === 'toggle_microphone') void useCallStore().toggleMicrophone();
    else systemTalk.value = event.action === 'talk_start';
  }

  async function checkNow(): Promise<void> {
    checking.value = true;
    const result = await useBridge().updateCheckNow(null);
    checking.value = false;
    if (result.ok) status.value = result.value;
    error.value = result.ok ? null : commandErrorText(result.error);
  }

  async function restart(): Promise<void> {
    const result = await useBridge().updateRestart(null);
    error.value = result.ok ? null : commandErrorText(result.error);
  }

  async function loadCertificates(): Promise<void> {
    const result = await useBridge().trustedCertificates(null);
    if (result.ok) certificates.value = result.value;
  }

  async function forgetCertificate(host: string): Promise<void> {
    const result = await useBridge().trustedCertificateForget({ host });
    if (result.ok) certificates.value = result.value;
    error.value = result.ok ? null : commandErrorText(result.error);
  }

  return { status, certificates, error, checking, systemTalk, load, apply, checkNow, restart, loadCertificates, forgetCertificate };
});
