// The room's state as Prometheus text (exposition format 0.0.4), for the monitoring people already
// run: one gauge per state, counters, ages, and the room display's media figures while in a call.
import type { KioskState } from '../shared/kioskCommands';
import type { KioskMetricsSample } from './healthDocument';

const states: KioskState[] = ['setup', 'idle', 'joining', 'in_meeting', 'reconnecting'];

export const metricsContentType = 'text/plain; version=0.0.4; charset=utf-8';

function metric(lines: string[], name: string, type: 'gauge' | 'counter', help: string, samples: [string, number][]): void {
  if (samples.length === 0) return;
  lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
  for (const [labels, value] of samples) lines.push(`${name}${labels} ${Number.isFinite(value) ? String(value) : 'NaN'}`);
}

export function metricsText(sample: KioskMetricsSample): string {
  const lines: string[] = [];
  metric(lines, 'parley_kiosk_state', 'gauge', 'The room state: 1 for the current one.', states.map((state) => [`{state="${state}"}`, state === sample.state ? 1 : 0]));
  metric(lines, 'parley_kiosk_reconnects_total', 'counter', 'Times the room lost its meeting and reconnected.', [['', sample.reconnects]]);
  metric(lines, 'parley_kiosk_in_meeting_seconds_total', 'counter', 'Time spent in meetings since start.', [['', sample.inMeetingSeconds]]);
  const errorAge: [string, number][] = sample.lastErrorAgeSeconds === null ? [] : [['', sample.lastErrorAgeSeconds]];
  metric(lines, 'parley_kiosk_last_error_age_seconds', 'gauge', 'Seconds since the last error (absent: none yet).', errorAge);
  const media = sample.media;
  metric(lines, 'parley_kiosk_media_bitrate_bits_per_second', 'gauge', 'Media bitrate of the room call.', media ? [['{direction="in"}', media.bitrateIn], ['{direction="out"}', media.bitrateOut]] : []);
  metric(lines, 'parley_kiosk_media_packet_loss_ratio', 'gauge', 'Fraction of media packets lost.', media ? [['{direction="in"}', media.packetLossIn], ['{direction="out"}', media.packetLossOut]] : []);
  const refreshAge: [string, number][] = sample.calendarLastRefreshAgeSeconds === null ? [] : [['', sample.calendarLastRefreshAgeSeconds]];
  metric(lines, 'parley_kiosk_calendar_last_refresh_age_seconds', 'gauge', 'Seconds since the calendar feed was last read.', refreshAge);
  metric(lines, 'parley_kiosk_calendar_feed_problem', 'gauge', '1 when the last calendar refresh failed (the last good copy is used).', [['', sample.calendarProblem ? 1 : 0]]);
  return `${lines.join('\n')}\n`;
}
