// The captions store takes the core's typed caption events (the renderer never reads live_captions
// itself) and keeps the one caption history there is.
import { describe, expect, it } from 'vitest';
import type { LiveCaption } from '../../../../../electron/shared/captions';
import { useCaptionsStore } from '../../../../../renderer/src/features/captions/captionsStore';
import { captionHistoryLimit } from '../../../../../renderer/src/features/captions/captionLines';
import { useConferenceSignalsStore } from '../../../../../renderer/src/features/meeting/conferenceSignals';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { participant } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

function caption(text: string, isFinal: boolean, sourceParticipantUuids: string[] = []): LiveCaption {
  return { text, isFinal, sourceLanguage: null, targetLanguage: null, sourceParticipantUuids };
}

describe('captions store', () => {
  it('ignores captions until shown, names the speaker from the roster, and stops when hidden', async () => {
    const { bridge } = freshStoresWithFakeBridge();
    const captions = useCaptionsStore();
    useRosterStore().replace([participant({ uuid: 'p1', displayName: 'Ann' })]);
    captions.receive(caption('early', true), 1);
    expect(captions.lines).toEqual([]);

    await captions.setShowing(true);
    expect(bridge.api.setLiveCaptions).toHaveBeenLastCalledWith({ show: true });
    captions.receive(caption('hello', false, ['p1']), 2);
    captions.receive(caption('Hello all.', true, ['p1']), 3);
    expect(captions.lines.map((line) => [line.speaker, line.text])).toEqual([['Ann', 'Hello all.']]);

    await captions.setShowing(false);
    captions.receive(caption('late', true), 4);
    expect(captions.history.map((line) => line.text)).toEqual(['Hello all.']);
    expect(captions.showing).toBe(false);
  });

  it('says in words why captions could not start, and stays off', async () => {
    const { bridge } = freshStoresWithFakeBridge();
    bridge.api.setLiveCaptions.mockResolvedValueOnce({
      ok: false,
      error: { code: 'forbidden', message: 'Live captions are not available in this meeting.', detail: 'Live captions not available' },
    });
    const captions = useCaptionsStore();
    await captions.setShowing(true);
    expect(captions.error).toBe('Live captions are not available in this meeting.');
    expect(captions.showing).toBe(false);
  });

  it('shows the caption events the bridge delivers, a partial line replaced by its final form', async () => {
    const { bridge } = freshStoresWithFakeBridge({ deliverEvents: true });
    const captions = useCaptionsStore();
    useRosterStore().replace([participant({ uuid: 'p1', displayName: 'Ann' })]);
    await captions.setShowing(true);
    bridge.emit({ type: 'caption', caption: caption('good morn', false, ['p1']) });
    expect(captions.lines.map((line) => [line.speaker, line.text, line.isFinal])).toEqual([['Ann', 'good morn', false]]);
    bridge.emit({ type: 'caption', caption: caption('Good morning.', true, ['p1']) });
    expect(captions.lines.map((line) => [line.speaker, line.text, line.isFinal])).toEqual([['Ann', 'Good morning.', true]]);
    expect(captions.history.map((line) => line.text)).toEqual(['Good morning.']);
  });

  it('keeps at most the history limit of final lines, dropping the oldest', async () => {
    const { bridge } = freshStoresWithFakeBridge({ deliverEvents: true });
    const captions = useCaptionsStore();
    await captions.setShowing(true);
    for (let index = 0; index < captionHistoryLimit + 3; index += 1) bridge.emit({ type: 'caption', caption: caption(`line ${index}`, true) });
    expect(captions.history).toHaveLength(captionHistoryLimit);
    expect(captions.history[0]?.text).toBe('line 3');
    expect(captions.history.at(-1)?.text).toBe(`line ${captionHistoryLimit + 2}`);
  });

  it('never reads the data of a generic infinity event, even one named live_captions', async () => {
    const { bridge } = freshStoresWithFakeBridge({ deliverEvents: true });
    const captions = useCaptionsStore();
    await captions.setShowing(true);
    bridge.emit({ type: 'infinity', name: 'live_captions', data: { data: 'raw', is_final: true } });
    expect(captions.lines).toEqual([]);
  });
});

describe('conference signals', () => {
  it('reads the signals again when the core says they changed', async () => {
    const { bridge } = freshStoresWithFakeBridge({ deliverEvents: true });
    bridge.api.getConferenceSignals.mockResolvedValueOnce({
      ok: true,
      value: { recording: false, streaming: false, splashScreen: 'direct_media_welcome', breakoutName: null, openBreakouts: 1 },
    });
    bridge.emit({ type: 'conference_signals_changed' });
    await expect.poll(() => useConferenceSignalsStore().signals.openBreakouts).toBe(1);
    expect(useConferenceSignalsStore().signals.splashScreen).toBe('direct_media_welcome');
    expect(bridge.api.getConferenceSignals).toHaveBeenCalledTimes(1);
    bridge.emit({ type: 'infinity', name: 'splash_screen', data: null });
    expect(bridge.api.getConferenceSignals).toHaveBeenCalledTimes(1);
  });
});
