// What transform_layout has set, and the `layout` event each participant sees: their view (host or
// guest layout, or their personal video mix), and who fills the tiles — spotlighted participants
// first (in spotlight order), then by voice activity, then by join time.
import { z } from 'zod';
import { canonicalLayout, EXTENDED_AC_TILES, layoutInfo } from './layoutCatalog';
import { hasMedia, type Participant } from './participant';
import type { GuestsCanSeeGuests } from './roomConfig';

export const transformsSchema = z.object({
  layout: z.string().optional(),
  host_layout: z.string().optional(),
  guest_layout: z.string().optional(),
  enable_extended_ac: z.boolean().optional(),
  ai_enabled_indicator: z.boolean().optional(),
  enable_active_speaker_indication: z.boolean().optional(),
  enable_overlay_text: z.boolean().optional(),
  live_captions_indicator: z.boolean().optional(),
  recording_indicator: z.boolean().optional(),
  streaming_indicator: z.boolean().optional(),
  free_form_overlay_text: z.array(z.string()).optional(),
  streaming: z
    .object({
      layout: z.string().optional(),
      waiting_screen_enabled: z.boolean().optional(),
      plus_n_pip_enabled: z.boolean().optional(),
      indicators_enabled: z.boolean().optional(),
      presentation_in_mix: z.boolean().optional(),
      ac_presentation_in_mix: z.boolean().optional(),
    })
    .optional(),
});

export type Transforms = z.infer<typeof transformsSchema>;

export interface StreamingLayout {
  layout?: string;
  waiting_screen_enabled?: boolean;
  plus_n_pip_enabled?: boolean;
  indicators_enabled?: boolean;
  presentation_in_mix?: boolean;
}

export class LayoutState {
  hostLayout: string;
  guestLayout: string;
  extendedAc = false;
  overlayTextEnabled = false;
  activeSpeakerIndication = true;
  indicators = { streaming: false, recording: false, live_captions: false, ai_enabled: false };
  freeFormOverlayText: string[] | null = null;
  streaming: StreamingLayout = {};

  constructor(
    hostLayout: string,
    guestLayout: string,
    private readonly isAuditorium: boolean,
  ) {
    this.hostLayout = canonicalLayout(hostLayout) ?? '1:0';
    this.guestLayout = canonicalLayout(guestLayout) ?? '1:0';
  }

  /** Applies a transform_layout body; returns an error text for a 400 instead of applying anything. */
  apply(transforms: Transforms): string | undefined {
    const host = transforms.host_layout ?? transforms.layout;
    const names = [host, transforms.guest_layout, transforms.streaming?.layout].filter((n) => n !== undefined);
    for (const name of names) if (!canonicalLayout(name)) return `Unknown layout ${name}`;
    if (transforms.guest_layout !== undefined && !this.isAuditorium) return 'guest_layout is only for Virtual Auditoriums';

    if (host !== undefined) {
      this.hostLayout = canonicalLayout(host) ?? this.hostLayout;
      // In a VMR, `layout` is everyone's layout.
      if (!this.isAuditorium) this.guestLayout = this.hostLayout;
    }
    if (transforms.guest_layout !== undefined) this.guestLayout = canonicalLayout(transforms.guest_layout) ?? this.guestLayout;
    if (transforms.enable_extended_ac !== undefined) this.extendedAc = transforms.enable_extended_ac;
    if (transforms.enable_overlay_text !== undefined) this.overlayTextEnabled = transforms.enable_overlay_text;
    if (transforms.enable_active_speaker_indication !== undefined) {
      this.activeSpeakerIndication = transforms.enable_active_speaker_indication;
    }
    if (transforms.streaming_indicator !== undefined) this.indicators.streaming = transforms.streaming_indicator;
    if (transforms.recording_indicator !== undefined) this.indicators.recording = transforms.recording_indicator;
    if (transforms.live_captions_indicator !== undefined) this.indicators.live_captions = transforms.live_captions_indicator;
    if (transforms.ai_enabled_indicator !== undefined) this.indicators.ai_enabled = transforms.ai_enabled_indicator;
    if (transforms.free_form_overlay_text !== undefined) this.freeFormOverlayText = transforms.free_form_overlay_text;
    if (transforms.streaming) {
      const { ac_presentation_in_mix: deprecated, layout, ...rest } = transforms.streaming;
      this.streaming = {
        ...this.streaming,
        ...rest,
        ...(layout === undefined ? {} : { layout: canonicalLayout(layout) ?? layout }),
        ...(deprecated === undefined || rest.presentation_in_mix !== undefined ? {} : { presentation_in_mix: deprecated }),
      };
    }
    return undefined;
  }

  /** The layouts in use right now (for layout_svgs). */
  activeLayouts(): string[] {
    return [...new Set([this.hostLayout, this.guestLayout, ...(this.streaming.layout ? [this.streaming.layout] : [])])];
  }
}

export interface LayoutInputs {
  state: LayoutState;
  guestsCanSeeGuests: GuestsCanSeeGuests;
  isAuditorium: boolean;
  /** Everyone in the room, in join order. */
  participants: Participant[];
  /** The last voice-activity order from media (index 0 = main speaker). */
  stageOrder: string[];
}

/** Participants on stage, in order: spotlighted first, then by voice activity, then by join time. */
export function stageOrder(participants: Participant[], voiceOrder: string[]): Participant[] {
  const onStage = participants.filter((p) => p.spotlight > 0 || hasMedia(p) || voiceOrder.includes(p.uuid));
  const spotlit = onStage.filter((p) => p.spotlight > 0).sort((a, b) => a.spotlight - b.spotlight);
  const voiceRank = (p: Participant) => {
    const index = voiceOrder.indexOf(p.uuid);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const rest = onStage.filter((p) => p.spotlight === 0).sort((a, b) => voiceRank(a) - voiceRank(b));
  return [...spotlit, ...rest];
}

/** The `layout` event for one recipient. */
export function layoutEventFor(recipient: Participant, inputs: LayoutInputs): Record<string, unknown> {
  const { state } = inputs;
  const isHost = recipient.role === 'HOST';
  const personal = recipient.receiveFromVideoMix.layout;
  const requested = recipient.isStreaming && state.streaming.layout
    ? state.streaming.layout
    : (personal ?? (isHost ? state.hostLayout : state.guestLayout));
  const info = layoutInfo(requested);
  const tiles = canonicalLayout(requested) === 'ac' && state.extendedAc ? EXTENDED_AC_TILES : info.tiles;

  let visible = stageOrder(inputs.participants, inputs.stageOrder);
  if (inputs.isAuditorium && !isHost) visible = visible.filter((p) => guestMaySee(p, inputs));
  // An API-only participant (no audio or video) always gets an empty list.
  const participants = hasMedia(recipient) ? visible.slice(0, tiles).map((p) => p.uuid) : [];

  return {
    view: info.view,
    participants,
    requested_layout: { primary_screen: { chair_layout: state.hostLayout, guest_layout: state.guestLayout } },
    overlay_text_enabled: state.overlayTextEnabled,
    ...(inputs.isAuditorium ? { guests_can_see_guests: inputs.guestsCanSeeGuests } : {}),
    // Not in the documented field list: what the other transforms set, so clients can show indicators.
    active_speaker_indication: state.activeSpeakerIndication,
    indicators: { ...state.indicators },
    free_form_overlay_text: state.freeFormOverlayText,
    streaming: { ...state.streaming },
  };
}

function guestMaySee(candidate: Participant, inputs: LayoutInputs): boolean {
  if (candidate.role === 'HOST') return true;
  switch (inputs.guestsCanSeeGuests) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'no_hosts':
      return !inputs.participants.some((p) => p.role === 'HOST' && hasMedia(p));
  }
}
