// The words and numbers of one "Call statistics" row: a dash for what is not known yet. Numbers
// are written the chosen language's way (decimal comma in German); unit symbols stay as they are.
import { formatNumber, t } from '../../i18n';
import type { StreamFigures, StreamMedia, StreamDirection } from '../../media/callStatistics';

const none = '—';

export function streamLabel(media: StreamMedia, direction: StreamDirection): string {
  return t(`callStatistics.streams.${media}-${direction}`);
}

export function bitrateText(bitsPerSecond: number | null): string {
  if (bitsPerSecond === null) return none;
  if (bitsPerSecond >= 1_000_000) return `${formatNumber(bitsPerSecond / 1_000_000, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} Mbit/s`;
  return `${formatNumber(Math.round(bitsPerSecond / 1000), { useGrouping: false })} kbit/s`;
}

export function lossText(loss: number | null): string {
  return loss === null ? none : `${formatNumber(loss * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

export function millisecondsText(ms: number | null): string {
  return ms === null ? none : `${formatNumber(ms, { useGrouping: false })} ms`;
}

export function resolutionText(width: number | null, height: number | null): string {
  return width === null || height === null ? none : `${formatNumber(width, { useGrouping: false })}×${formatNumber(height, { useGrouping: false })}`;
}

export function framesPerSecondText(fps: number | null): string {
  return fps === null ? none : formatNumber(Math.round(fps), { useGrouping: false });
}

/** Chromium's reasons ('cpu', 'bandwidth', 'other', 'none') in words. */
export function limitationText(reason: string | null): string {
  switch (reason) {
    case null:
      return none;
    case 'none':
    case 'cpu':
    case 'bandwidth':
      return t(`callStatistics.limitation.${reason}`);
    default:
      return t('callStatistics.limitation.other');
  }
}

export interface StatisticsRow {
  key: string;
  label: string;
  cells: string[];
}

/** The columns after "Stream", as message keys (translated where shown). */
export const statisticsColumns = [
  'callStatistics.columns.codec',
  'callStatistics.columns.resolution',
  'callStatistics.columns.framesPerSecond',
  'callStatistics.columns.bitrate',
  'callStatistics.columns.packetLoss',
  'callStatistics.columns.jitter',
  'callStatistics.columns.roundTrip',
  'callStatistics.columns.limitedBy',
] as const;

const rowOrder: [StreamMedia, StreamDirection][] = [
  ['audio', 'in'],
  ['audio', 'out'],
  ['video', 'in'],
  ['video', 'out'],
  ['presentation', 'in'],
  ['presentation', 'out'],
];

/** Every stream in a fixed order, with dashes for one the call does not carry now. */
export function statisticsRows(figures: readonly StreamFigures[]): StatisticsRow[] {
  return rowOrder.map(([media, direction]) => {
    const figure = figures.find((entry) => entry.media === media && entry.direction === direction);
    const label = streamLabel(media, direction);
    if (!figure) return { key: `${media}-${direction}`, label, cells: statisticsColumns.map(() => none) };
    return {
      key: `${media}-${direction}`,
      label,
      cells: [
        figure.codec ?? none,
        media === 'audio' ? none : resolutionText(figure.width, figure.height),
        framesPerSecondText(figure.framesPerSecond),
        bitrateText(figure.bitrate),
        lossText(figure.packetLoss),
        millisecondsText(figure.jitterMs),
        millisecondsText(figure.roundTripMs),
        direction === 'out' && media !== 'audio' ? limitationText(figure.qualityLimitationReason) : none,
      ],
    };
  });
}
