// What the tray (Windows, Linux) or menu-bar item (macOS) offers: in a meeting its name, mute,
// camera, show window and leave; outside one the recent meetings, show window and quit.
import type { RecentMeeting } from '../shared/settings';
import type { DesktopText } from './texts';

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

export function trayMenu(state: TrayState, text: DesktopText): TrayItem[] {
  const show: TrayItem = { label: text('tray.showWindow'), enabled: true, action: { kind: 'show_window' } };
  if (state.meeting) {
    return [
      { label: state.meeting.name, enabled: false, action: null },
      { separator: true },
      { label: text(state.meeting.microphoneMuted ? 'tray.unmuteMicrophone' : 'tray.muteMicrophone'), enabled: true, action: { kind: 'toggle_microphone' } },
      { label: text(state.meeting.cameraOff ? 'tray.cameraOn' : 'tray.cameraOff'), enabled: true, action: { kind: 'toggle_camera' } },
      show,
      { separator: true },
      { label: text('tray.leave'), enabled: true, action: { kind: 'leave' } },
    ];
  }
  const recent: TrayItem[] = state.recent.slice(0, recentInTray).map((meeting) => ({
    label: text('tray.joinRecent', { meeting: meeting.conferenceName || meeting.alias }),
    enabled: true,
    action: { kind: 'rejoin', id: meeting.id },
  }));
  return [
    ...(recent.length ? [{ label: text('tray.recentMeetings'), enabled: false, action: null }, ...recent, { separator: true } as const] : []),
    show,
    { label: text('tray.quit'), enabled: true, action: { kind: 'quit' } },
  ];
}

export function trayTooltip(state: TrayState, text: DesktopText): string {
  return state.meeting ? text('tray.tooltipInMeeting', { meeting: state.meeting.name }) : text('tray.tooltip');
}
