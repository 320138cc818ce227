// Which actions the "More actions" menu offers for one participant. Hosts get the host controls;
// everyone may message others; nobody is offered what the node would refuse them.
import type { Participant } from '../../../../electron/shared/meeting';
import type { ParticipantAction } from '../../../../electron/shared/meetingControlsCommands';

export type ParticipantDialogKind = 'dtmf' | 'overlayText' | 'transfer' | 'disconnect';

export type MenuItem =
  | { kind: 'action'; label: string; action: ParticipantAction }
  | { kind: 'dialog'; label: string; dialog: ParticipantDialogKind }
  | { kind: 'message'; label: 'Message' };

export interface MenuContext {
  isSelf: boolean;
  /** This user is a host now. */
  isHost: boolean;
  chatEnabled: boolean;
}

const act = (label: string, action: ParticipantAction): MenuItem => ({ kind: 'action', label, action });

export function participantMenu(p: Participant, context: MenuContext): MenuItem[] {
  const items: MenuItem[] = [];
  const message: MenuItem[] = context.chatEnabled && !context.isSelf && p.serviceType !== 'connecting' ? [{ kind: 'message', label: 'Message' }] : [];
  if (!context.isHost) {
    // A guest may lower their own hand; raising it is in the meeting controls.
    if (context.isSelf && p.buzzTime > 0) items.push(act('Lower hand', { action: 'lowerHand' }));
    return [...items, ...message];
  }
  if (p.serviceType === 'connecting') return [{ kind: 'dialog', label: 'Disconnect', dialog: 'disconnect' }];
  if (p.serviceType === 'waiting_room') items.push(act('Admit', { action: 'admit' }));
  if (p.buzzTime > 0) items.push(act('Lower hand', { action: 'lowerHand' }));
  items.push(p.isMuted ? act('Unmute', { action: 'unmute' }) : act('Mute', { action: 'mute' }));
  if (!p.isAudioOnly) items.push(p.isVideoMuted ? act('Allow video', { action: 'allowVideo' }) : act('Stop video', { action: 'stopVideo' }));
  items.push(p.spotlight > 0 ? act('Remove spotlight', { action: 'spotlightOff' }) : act('Spotlight', { action: 'spotlightOn' }));
  if (!context.isSelf) items.push(p.role === 'host' ? act('Make guest', { action: 'makeGuest' }) : act('Make host', { action: 'makeHost' }));
  items.push(
    p.rxPresentationAllowed
      ? act('Deny presentation', { action: 'denyPresentation' })
      : act('Allow presentation', { action: 'allowPresentation' }),
  );
  items.push(...message);
  items.push({ kind: 'dialog', label: 'Send DTMF', dialog: 'dtmf' });
  items.push({ kind: 'dialog', label: 'Change overlay text', dialog: 'overlayText' });
  if (!context.isSelf) {
    items.push({ kind: 'dialog', label: 'Transfer', dialog: 'transfer' });
    items.push({ kind: 'dialog', label: 'Disconnect', dialog: 'disconnect' });
  }
  return items;
}
