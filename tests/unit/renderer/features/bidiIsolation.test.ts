// Server strings are isolated for direction (<bdi>): a name with a right-to-left override or a
// caption in another script cannot reorder the text around it.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ParticipantRow from '../../../../renderer/src/features/roster/ParticipantRow.vue';
import CaptionsOverlay from '../../../../renderer/src/features/captions/CaptionsOverlay.vue';
import { useCaptionsStore } from '../../../../renderer/src/features/captions/captionsStore';
import { useRosterStore } from '../../../../renderer/src/features/roster/rosterStore';
import { participant } from '../fakeBridge';
import { freshStoresWithFakeBridge } from '../freshStores';

const override = '\u202eredaeH';

describe('direction isolation of server strings', () => {
  it('isolates a participant name in the roster row', () => {
    const { pinia } = freshStoresWithFakeBridge();
    const view = mount(ParticipantRow, {
      props: { participant: participant({ uuid: 'm', displayName: override }), isSelf: false, speaking: false, activeSpeaker: false, hasActions: false },
      global: { plugins: [pinia] },
    });
    expect(view.find('.name bdi').text()).toBe(override);
  });

  it('isolates the speaker and the text of a caption line', async () => {
    const { pinia } = freshStoresWithFakeBridge();
    useRosterStore().replace([participant({ uuid: 'm', displayName: override })], 0);
    const view = mount(CaptionsOverlay, { global: { plugins: [pinia] } });
    const captions = useCaptionsStore();
    captions.follow(true);
    captions.receive({ text: 'שלום', isFinal: true, sourceLanguage: null, targetLanguage: null, sourceParticipantUuids: ['m'] }, 1);
    await flushPromises();
    const isolated = view.findAll('bdi').map((element) => element.text());
    expect(isolated).toContain('שלום');
  });
});
