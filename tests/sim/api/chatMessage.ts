// Chat bodies (conference and direct) and the message_received event they become.
import { z } from 'zod';
import type { Participant } from '../conference/participant';

export const chatBody = z.object({
  type: z.enum(['text/plain', 'application/json']),
  payload: z.string(),
});

export type ChatBody = z.infer<typeof chatBody>;

export function messageReceived(sender: Participant, message: ChatBody, direct: boolean) {
  return { origin: sender.displayName, uuid: sender.uuid, type: message.type, direct, payload: message.payload };
}
