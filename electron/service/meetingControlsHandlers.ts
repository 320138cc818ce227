// Bridge handlers for the in-meeting controls: each validates its untrusted argument, needs a
// joined meeting, runs one typed operation and passes the node's answer back unchanged (a refused
// action carries the node's reason). Nothing here changes the roster: the node's events do.
import type { BridgeHandlers } from '../shared/bridge';
import type {
  ConferenceAction,
  ConferenceSignals,
  LayoutChoice,
  LayoutTransforms,
  MeetingControlsCommandMap,
  ParticipantActionRequest,
} from '../shared/meetingControlsCommands';
import {
  type ActiveMeeting,
  conferenceControl,
  type Logger,
  type OperationContext,
  type OperationResult,
  participantFunctions,
  sharedClockNow,
  type Transforms,
} from '../infinity';
import { createInMeetingCommand } from './inMeetingCommand';
import { captionFailureWords } from './captionFailures';
import { wireFlagIn } from '../infinity';

type ControlsName = keyof MeetingControlsCommandMap;
type ControlsHandlers = Pick<BridgeHandlers, ControlsName>;
type Ctx = OperationContext;

/** One participant action, in the main room or (hosts, `room.breakoutUuid`) in one breakout room. */
export function runParticipantAction(ctx: Ctx, arg: ParticipantActionRequest, room: { breakoutUuid?: string } = {}): Promise<OperationResult<null>> {
  const target = { participantUuid: arg.participantUuid, ...room };
  switch (arg.action) {
    case 'mute':
      return participantFunctions.mute(ctx, target);
    case 'unmute':
      return participantFunctions.unmute(ctx, target);
    case 'stopVideo':
      return participantFunctions.videoMute(ctx, target);
    case 'allowVideo':
      return participantFunctions.videoUnmute(ctx, target);
    case 'spotlightOn':
      return participantFunctions.spotlightOn(ctx, target);
    case 'spotlightOff':
      return participantFunctions.spotlightOff(ctx, target);
    case 'makeHost':
      return participantFunctions.setRole(ctx, { ...target, role: 'chair' });
    case 'makeGuest':
      return participantFunctions.setRole(ctx, { ...target, role: 'guest' });
    case 'admit':
      return participantFunctions.admit(ctx, target);
    case 'raiseHand':
      return participantFunctions.buzz(ctx, target);
    case 'lowerHand':
      return participantFunctions.clearBuzz(ctx, target);
    case 'allowPresentation':
      return participantFunctions.allowRxPresentation(ctx, target);
    case 'denyPresentation':
      return participantFunctions.denyRxPresentation(ctx, target);
    case 'disconnect':
      return participantFunctions.disconnect(ctx, target);
    case 'dtmf':
      return participantFunctions.dtmf(ctx, { ...target, digits: arg.digits });
    case 'overlayText':
      return participantFunctions.overlayText(ctx, { ...target, text: arg.text });
    case 'transfer':
      return participantFunctions.transfer(ctx, {
        ...target,
        conferenceAlias: arg.alias,
        role: arg.role,
        ...(arg.pin ? { pin: arg.pin } : {}),
      });
  }
}

function runConferenceAction(ctx: Ctx, arg: ConferenceAction): Promise<OperationResult<null>> {
  switch (arg.action) {
    case 'lock':
      return conferenceControl.lock(ctx);
    case 'unlock':
      return conferenceControl.unlock(ctx);
    case 'muteGuests':
      return conferenceControl.muteGuests(ctx);
    case 'unmuteGuests':
      return conferenceControl.unmuteGuests(ctx);
    case 'lowerAllHands':
      return conferenceControl.clearAllBuzz(ctx);
    case 'clearSpotlights':
      return conferenceControl.clearSpotlights(ctx);
    case 'start':
      return conferenceControl.startConference(ctx);
    case 'endForEveryone':
      return conferenceControl.disconnectAll(ctx);
    case 'guestsCanUnmute':
      return conferenceControl.setGuestsCanUnmute(ctx, { setting: arg.setting });
    case 'guestsCanPresent':
      return conferenceControl.setGuestsCanPresent(ctx, { setting: arg.setting });
    case 'bannerText':
      return conferenceControl.setMessageText(ctx, { text: arg.text });
  }
}

/** Parley's names for the transform_layout fields it offers. */
export function toTransforms(arg: LayoutTransforms): Transforms {
  const transforms: Transforms = {};
  if (arg.layout !== undefined) transforms.layout = arg.layout;
  if (arg.guestLayout !== undefined) transforms.guest_layout = arg.guestLayout;
  if (arg.overlayText !== undefined) transforms.enable_overlay_text = arg.overlayText;
  if (arg.activeSpeakerIndication !== undefined) transforms.enable_active_speaker_indication = arg.activeSpeakerIndication;
  if (arg.recordingIndicator !== undefined) transforms.recording_indicator = arg.recordingIndicator;
  if (arg.streamingIndicator !== undefined) transforms.streaming_indicator = arg.streamingIndicator;
  if (arg.liveCaptionsIndicator !== undefined) transforms.live_captions_indicator = arg.liveCaptionsIndicator;
  return transforms;
}

/** Indicators as the node reports them (conference_update or layout carry an `indicators` object). */
function readSignals(active: ActiveMeeting): ConferenceSignals {
  const sources = active.state.signalSources();
  const conference: Record<string, unknown> = { ...sources.conferenceDetails };
  const layout: Record<string, unknown> = { ...sources.layoutDetails };
  const indicators = conference.indicators ?? layout.indicators;
  const breakoutName = typeof conference.breakout_name === 'string' && wireFlagIn(conference, 'breakout') ? conference.breakout_name : null;
  return {
    recording: wireFlagIn(indicators, 'recording'),
    streaming: wireFlagIn(indicators, 'streaming'),
    splashScreen: sources.splashScreen,
    breakoutName,
    openBreakouts: sources.openBreakouts,
  };
}

export function layoutChoices(names: readonly (string | { name: string })[], svgs: Record<string, string>): LayoutChoice[] {
  return names.map((entry) => {
    const name = typeof entry === 'string' ? entry : entry.name;
    // The node names the layouts: only the SVG map's own entries count ("toString" is not a layout).
    return { name, svg: Object.hasOwn(svgs, name) ? (svgs[name] ?? null) : null };
  });
}

export function createMeetingControlsHandlers(currentMeeting: () => ActiveMeeting | null, logger: Logger): ControlsHandlers {
  const inMeeting = createInMeetingCommand(currentMeeting, logger);

  return {
    participantAction: inMeeting('participantAction', (_active, ctx, arg) => runParticipantAction(ctx, arg)),

    conferenceAction: inMeeting('conferenceAction', (_active, ctx, arg) => runConferenceAction(ctx, arg)),

    setLiveCaptions: inMeeting('setLiveCaptions', async (_active, ctx, arg) => {
      const self = { participantUuid: ctx.participantUuid };
      if (!arg.show) return participantFunctions.hideLiveCaptions(ctx, self);
      const result = await participantFunctions.showLiveCaptions(ctx, self);
      if (result.ok) return result;
      return { ok: false, error: { ...result.error, ...captionFailureWords(result.error) } };
    }),

    sendDirectMessage: inMeeting('sendDirectMessage', async (active, ctx, arg) => {
      const type = arg.type ?? 'text/plain';
      const result = await participantFunctions.message(ctx, { participantUuid: arg.participantUuid, payload: arg.payload, type });
      if (result.ok && type === 'text/plain') active.state.recordSentChat({ type, payload: arg.payload, direct: true }, sharedClockNow());
      return result;
    }),

    sendAppMessage: inMeeting('sendAppMessage', (_active, ctx, arg) =>
      conferenceControl.sendMessage(ctx, { payload: arg.payload, type: 'application/json' }),
    ),

    getLayoutChoices: inMeeting('getLayoutChoices', async (_active, ctx) => {
      const [layouts, svgs] = await Promise.all([conferenceControl.availableLayouts(ctx), conferenceControl.layoutSvgs(ctx)]);
      if (!layouts.ok) return layouts;
      // Drawings are a nicety: the choice still works without them.
      return { ok: true, value: layoutChoices(layouts.value, svgs.ok ? svgs.value : {}) };
    }),

    transformLayout: inMeeting('transformLayout', (_active, ctx, arg) =>
      conferenceControl.transformLayout(ctx, { transforms: toTransforms(arg) }),
    ),

    dialOut: inMeeting('dialOut', (_active, ctx, arg) =>
      conferenceControl.dial(ctx, {
        destination: arg.destination,
        protocol: arg.protocol,
        role: arg.role === 'host' ? 'HOST' : 'GUEST',
      }),
    ),

    getConferenceSignals: inMeeting('getConferenceSignals', async (active) => ({ ok: true, value: readSignals(active) })),
  };
}
