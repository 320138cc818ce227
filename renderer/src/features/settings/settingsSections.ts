// The Settings screen is a container of sections; an area adds its own here (effects, captions...).
import type { Component } from 'vue';
import AppearanceSection from './sections/AppearanceSection.vue';
import DesktopSection from './sections/DesktopSection.vue';
import JoiningSection from './sections/JoiningSection.vue';
import NetworkSection from './sections/NetworkSection.vue';
import NodesSection from './sections/NodesSection.vue';
import NotificationsSection from './sections/NotificationsSection.vue';
import UpdatesSection from './sections/UpdatesSection.vue';

export interface SettingsSection {
  id: string;
  /** The heading's message key (renderer/src/i18n/locales), translated when shown. */
  title: string;
  component: Component;
}

export const settingsSections: readonly SettingsSection[] = [
  { id: 'joining', title: 'settings.sections.joining', component: JoiningSection },
  { id: 'nodes', title: 'settings.sections.nodes', component: NodesSection },
  { id: 'notifications', title: 'settings.sections.notifications', component: NotificationsSection },
  { id: 'desktop', title: 'settings.sections.desktop', component: DesktopSection },
  { id: 'appearance', title: 'settings.sections.appearance', component: AppearanceSection },
  { id: 'network', title: 'settings.sections.network', component: NetworkSection },
  { id: 'updates', title: 'settings.sections.updates', component: UpdatesSection },
];
