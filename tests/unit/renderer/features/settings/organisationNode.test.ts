// The administrator's default node and a locked setting reach Settings as codes, and Settings says
// them in the person's language: "Your organisation" beside the node, the lock's refusal.
import { mount } from '@vue/test-utils';
import type { Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../../electron/shared/settings';
import NodesSection from '../../../../../renderer/src/features/settings/sections/NodesSection.vue';
import { useSettingsStore } from '../../../../../renderer/src/features/settings/settingsStore';
import { setLocale } from '../../../../../renderer/src/i18n';
import { freshStoresWithFakeBridge } from '../../freshStores';
import type { FakeBridge } from '../../fakeBridge';

let bridge: FakeBridge;
let pinia: Pinia;
beforeEach(() => {
  ({ bridge, pinia } = freshStoresWithFakeBridge());
});
afterEach(() => setLocale('en'));

async function nodesWithOrganisation() {
  const nodes = [{ address: 'corp.example.com', label: '' }, { address: 'home.example.com', label: 'Home' }, { address: 'other.example.com', label: '' }];
  bridge.api.settingsRead.mockResolvedValueOnce({
    ok: true,
    value: { settings: { ...defaultSettings, nodes }, locked: [], problem: null, secretsAvailable: false, organisationNode: 'corp.example.com' },
  });
  await useSettingsStore().load();
  return mount(NodesSection, { global: { plugins: [pinia] } });
}

describe("the administrator's default node", () => {
  it('is called "Your organisation" in English and in German; other nodes keep their own label', async () => {
    const english = await nodesWithOrganisation();
    expect(english.findAll('li label').map((label) => label.text())).toEqual(['corp.example.com (Your organisation)', 'home.example.com (Home)', 'other.example.com']);
    expect(english.find('li button').attributes('aria-label')).toBe('Remove corp.example.com');
    setLocale('de');
    const german = await nodesWithOrganisation();
    expect(german.find('li label').text()).toBe('corp.example.com (Ihre Organisation)');
    expect(german.find('li button').attributes('aria-label')).toBe('corp.example.com entfernen');
  });
});

describe('a locked setting', () => {
  it("is refused in main's English, and by its code in Japanese", async () => {
    const settings = useSettingsStore();
    await settings.load();
    const refusal = { code: 'forbidden' as const, message: 'Your administrator has set this and it cannot be changed here.', wording: 'settingLocked' as const };
    bridge.api.settingsWrite.mockResolvedValueOnce({ ok: false, error: refusal });
    await settings.change({ theme: 'dark' });
    expect(settings.error).toBe(refusal.message);
    setLocale('ja');
    bridge.api.settingsWrite.mockResolvedValueOnce({ ok: false, error: refusal });
    await settings.change({ theme: 'dark' });
    expect(settings.error).toBe('これは管理者が設定しているため、ここでは変更できません。');
  });
});
