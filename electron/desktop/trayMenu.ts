// What the tray (Windows, Linux) or menu-bar item (macOS) offers: in a meeting its name, mute,
// camera, show window and leave; outside one the recent meetings, show window and quit.
import type { RecentMeeting } from '../shared/settings';

export type TrayAction =
  | { kind: 'toggle_microphone' }
  | { kind: 'toggle_camera' }
  | { kind: 'show_window' }
  | { kind: 'leave' }
  | { kind: 'rejoin'; id: string }
  | { kind: 'quit' };

export type TrayItem = { label: string; enabled: boolean; action: TrayAction | null } | { separator: true };

export interface TrayState {
  meeting: { name: string; microphoneMuted: boolean; cameraOff: boolean } | null;
  recent: RecentMeeting[];
}

const recentInTray = 5;

export function trayMenu(state: TrayState): TrayItem[] {
  const show: TrayItem = { label: 'Show window', enabled: true, action: { kind: 'show_window' } };
  if (state.meeting) {
    return [
      { label: state.meeting.name, enabled: false, action: null },
      { separator: true },
      { label: state.meeting.microphoneMuted ? 'Unmute microphone' : 'Mute microphone', enabled: true, action: { kind: 'toggle_microphone' } },
      { label: state.meeting.cameraOff ? 'Turn camera on' : 'Turn camera off', enabled: true, action: { kind: 'toggle_camera' } },
      show,
      { separator: true },
      { label: 'Leave meeting', enabled: true, action: { kind: 'leave' } },
    ];
  }
  const recent: TrayItem[] = state.recent.slice(0, recentInTray).map((meeting) => ({
    label: `Join ${meeting.conferenceName || meeting.alias}`,
    enabled: true,
    action: { kind: 'rejoin', id: meeting.id },
  }));
  return [
    ...(recent.length ? [{ label: 'Recent meetings', enabled: false, action: null }, ...recent, { separator: true } as const] : []),
    show,
    { label: 'Quit Parley', enabled: true, action: { kind: 'quit' } },
  ];
}

export function trayTooltip(state: TrayState): string {
  return state.meeting ? `Parley — in ${state.meeting.name}` : 'Parley';
}
