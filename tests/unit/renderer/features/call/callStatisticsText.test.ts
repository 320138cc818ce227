// The panel's rows: fixed order, units, dashes for what is not known.
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../../../../renderer/src/i18n';
import { bitrateText, limitationText, lossText, statisticsRows } from '../../../../../renderer/src/features/call/callStatisticsText';

describe('call statistics rows', () => {
  it('shows every stream in order, with dashes for one the call does not carry', () => {
    const rows = statisticsRows([
      {
        media: 'video',
        direction: 'in',
        codec: 'VP8',
        width: 1280,
        height: 720,
        framesPerSecond: 29.6,
        bitrate: 1_234_567,
        packetLoss: 0.0125,
        jitterMs: 7,
        roundTripMs: 21,
        qualityLimitationReason: null,
      },
    ]);
    expect(rows.map((row) => row.label)).toEqual(['Audio in', 'Audio out', 'Video in', 'Video out', 'Presentation in', 'Presentation out']);
    expect(rows[2]?.cells).toEqual(['VP8', '1280×720', '30', '1.23 Mbit/s', '1.3 %', '7 ms', '21 ms', '—']);
    expect(rows[0]?.cells.every((cell) => cell === '—')).toBe(true);
  });

  it('words units and reasons', () => {
    expect(bitrateText(64_000)).toBe('64 kbit/s');
    expect(bitrateText(null)).toBe('—');
    expect(lossText(0)).toBe('0.0 %');
    expect(limitationText('cpu')).toBe('Processor');
    expect(limitationText('none')).toBe('Not limited');
  });

  it("writes the figures the chosen language's way", () => {
    setLocale('de');
    try {
      expect(bitrateText(1_234_567)).toBe('1,23 Mbit/s');
      expect(lossText(0.0125)).toBe('1,3 %');
      expect(bitrateText(812_000)).toBe('812 kbit/s');
    } finally {
      setLocale('en');
    }
  });
});
