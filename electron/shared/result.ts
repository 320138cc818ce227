// The base of the bridge contract: a result that never throws, and the error every in-meeting
// command answers with. Area files import these from here, never from bridge.ts (which composes them).
import type { CommandWording, CommandWordingValues } from './commandWording';

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Why an in-meeting command failed. */
export interface CommandError {
  code:
    | 'not_joined'
    | 'invalid_argument'
    | 'invalid_token'
    | 'forbidden'
    | 'not_found'
    | 'node_unreachable'
    | 'failed';
  /** Main's English (logs, older renderers); the renderer says `wording` in the person's language. */
  message: string;
  /** Pexip's own error text when the node gave one. */
  detail?: string;
  /** The message's code (absent from an older main: the renderer then shows `message`). */
  wording?: CommandWording;
  values?: CommandWordingValues;
}

