// Which actions the "More actions" menu offers for one participant. Hosts get the host controls;
// everyone may message others; nobody is offered what the node would refuse them.
import { t } from '../../i18n';
import type { Participant } from '../../../../electron/shared/meeting';
import type { ParticipantAction } from '../../../../electron/shared/meetingControlsCommands';

export type ParticipantDialogKind = 'dtmf' | 'overlayText' | 'transfer' | 'disconnect';

export type MenuItem =
  | { kind: 'action'; label: string; labelKey: string; action: ParticipantAction }
  | { kind: 'dialog'; label: string; dialog: ParticipantDialogKind }
  | { kind: 'message'; label: string };

export interface MenuContext {
  isSelf: boolean;
  /** This user is a host now. */
  isHost: boolean;
  chatEnabled: boolean;
}

// The label's key goes with it: a refused action is told by it, in the language of the moment it is read.
const act = (labelKey: string, action: ParticipantAction): MenuItem => ({ kind: 'action', label: t(labelKey), labelKey, action });

export function participantMenu(p: Participant, context: MenuContext): MenuItem[] {
  const items: MenuItem[] = [];
  const message: MenuItem[] = context.chatEnabled && !context.isSelf && p.serviceType !== 'connecting' ? [{ kind: 'message', label: t('roster.menu.message') }] : [];
  if (!context.isHost) {
    // A guest may lower their own hand; raising it is in the meeting controls.
    if (context.isSelf && p.buzzTime > 0) items.push(act('roster.menu.lowerHand', { action: 'lowerHand' }));
    return [...items, ...message];
  }
  if (p.serviceType === 'connecting') return [{ kind: 'dialog', label: t('roster.menu.disconnect'), dialog: 'disconnect' }];
  if (p.serviceType === 'waiting_room') items.push(act('roster.menu.admit', { action: 'admit' }));
  if (p.buzzTime > 0) items.push(act('roster.menu.lowerHand', { action: 'lowerHand' }));
  items.push(p.isMuted ? act('roster.menu.unmute', { action: 'unmute' }) : act('roster.menu.mute', { action: 'mute' }));
  if (!p.isAudioOnly) items.push(p.isVideoMuted ? act('roster.menu.allowVideo', { action: 'allowVideo' }) : act('roster.menu.stopVideo', { action: 'stopVideo' }));
  items.push(p.spotlight > 0 ? act('roster.menu.removeSpotlight', { action: 'spotlightOff' }) : act('roster.menu.spotlight', { action: 'spotlightOn' }));
  if (!context.isSelf) items.push(p.role === 'host' ? act('roster.menu.makeGuest', { action: 'makeGuest' }) : act('roster.menu.makeHost', { action: 'makeHost' }));
  items.push(
    p.rxPresentationAllowed
      ? act('roster.menu.denyPresentation', { action: 'denyPresentation' })
      : act('roster.menu.allowPresentation', { action: 'allowPresentation' }),
  );
  items.push(...message);
  items.push({ kind: 'dialog', label: t('roster.menu.sendDtmf'), dialog: 'dtmf' });
  items.push({ kind: 'dialog', label: t('roster.menu.overlayText'), dialog: 'overlayText' });
  if (!context.isSelf) {
    items.push({ kind: 'dialog', label: t('roster.menu.transfer'), dialog: 'transfer' });
    items.push({ kind: 'dialog', label: t('roster.menu.disconnect'), dialog: 'disconnect' });
  }
  return items;
}
