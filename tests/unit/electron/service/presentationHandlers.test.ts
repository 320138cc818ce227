// The presentation bridge handlers' screen-picker side: validation of untrusted arguments, the
// browser fallback without a desktop host, and delegation to one when present.
import { describe, expect, it, vi } from 'vitest';
import { browserShareCapabilities, createPresentationHandlers } from '../../../../electron/service/presentationHandlers';
import type { ScreenShareHost } from '../../../../electron/service/ports';
import { silentLogger } from '../../../../electron/service';

function fakeHost(known: string[]): ScreenShareHost & { choose: ReturnType<typeof vi.fn> } {
  return {
    capabilities: async () => ({ picker: 'app', audio: true, screenAccess: 'granted', canOpenSettings: false }),
    listSources: async () => [{ id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: null, icon: null }],
    choose: vi.fn(async (sourceId: string) => known.includes(sourceId)),
    openScreenRecordingSettings: async () => undefined,
  };
}

describe('presentation handlers', () => {
  it('without a desktop host, the browser picks and the own-picker commands say so', async () => {
    const handlers = createPresentationHandlers(() => null, silentLogger);
    expect(await handlers.getShareCapabilities(null)).toEqual({ ok: true, value: browserShareCapabilities });
    const listed = await handlers.listShareSources({ thumbnailWidth: 320 });
    expect(listed.ok).toBe(false);
    if (!listed.ok) expect(listed.error.code).toBe('not_found');
  });

  it('hands the choice to the host, and refuses ids that are not capture sources', async () => {
    const host = fakeHost(['window:42:0']);
    const handlers = createPresentationHandlers(() => null, silentLogger, host);
    expect(await handlers.chooseShareSource({ sourceId: 'window:42:0', audio: true })).toEqual({ ok: true, value: null });
    expect(host.choose).toHaveBeenCalledWith('window:42:0', true);
    const unknown = await handlers.chooseShareSource({ sourceId: 'window:7:0', audio: false });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    const bogus = await handlers.chooseShareSource({ sourceId: 'file:///etc/passwd', audio: false });
    expect(!bogus.ok && bogus.error.code).toBe('invalid_argument');
    expect(host.choose).toHaveBeenCalledTimes(2);
    const listed = await handlers.listShareSources({ thumbnailWidth: 320 });
    expect(listed.ok && listed.value.map((source) => source.id)).toEqual(['screen:0:0']);
  });

  it('floor and frame commands need a meeting', async () => {
    const handlers = createPresentationHandlers(() => null, silentLogger);
    const floor = await handlers.takeFloor(null);
    expect(!floor.ok && floor.error.code).toBe('not_joined');
    const frame = await handlers.fetchPresentationFrame({ frameId: 'x'.repeat(300) });
    expect(!frame.ok && frame.error.code).toBe('invalid_argument');
  });
});
