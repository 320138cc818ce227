// live_captions as the renderer receives it: the node's field names and flag spellings stay here.
import type { LiveCaption } from '../../shared/captions';
import type { liveCaptionsSchema } from './serverEventSchemas';
import type { z } from 'zod';

export function toLiveCaption(wire: z.output<typeof liveCaptionsSchema>): LiveCaption {
  return {
    text: wire.data,
    isFinal: wire.is_final,
    sourceLanguage: wire.src_lang ?? null,
    targetLanguage: wire.tgt_lang ?? null,
    sourceParticipantUuids: (wire.sources ?? []).map((source) => source.participant_uuid),
  };
}
