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
  title: string;
  component: Component;
}

export const settingsSections: readonly SettingsSection[] = [
  { id: 'joining', title: 'Joining', component: JoiningSection },
  { id: 'nodes', title: 'Conferencing nodes', component: NodesSection },
  { id: 'notifications', title: 'Notifications', component: NotificationsSection },
  { id: 'desktop', title: 'Desktop', component: DesktopSection },
  { id: 'appearance', title: 'Appearance', component: AppearanceSection },
  { id: 'network', title: 'Network', component: NetworkSection },
  { id: 'updates', title: 'Updates', component: UpdatesSection },
];
