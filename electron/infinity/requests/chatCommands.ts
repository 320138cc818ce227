// Conference chat: sends a plain-text message to everyone in the meeting.
import { messageConference } from '@pexip/infinity-api';
import { acceptSuccess, runCommandRequest, type CommandContext, type CommandResultOf } from './commandRequest';

export function sendConferenceMessage(context: CommandContext, text: string): Promise<CommandResultOf<null>> {
  return runCommandRequest(
    context,
    'message',
    (fetcher, init) =>
      messageConference({
        fetcher,
        init,
        params: { conferenceAlias: context.alias },
        body: { type: 'text/plain', payload: text },
        host: context.host,
      }),
    acceptSuccess,
  );
}
