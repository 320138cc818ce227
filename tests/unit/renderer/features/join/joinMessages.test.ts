import { describe, expect, it } from 'vitest';
import { endedText } from '../../../../../renderer/src/features/join/joinMessages';

describe('endedText', () => {
  it('explains an ended session with the reason the core gave, so a node restart is not called an expiry', () => {
    expect(endedText('token_expired', 'The meeting server no longer accepts this connection, so the meeting ended.')).toBe(
      'The meeting server no longer accepts this connection, so the meeting ended.',
    );
    expect(endedText('token_expired', '')).toBe('Your session expired and could not be renewed');
  });

  it('names the node\'s own reason for a disconnect', () => {
    expect(endedText('disconnected', 'Conference ended')).toBe('You were disconnected: Conference ended');
    expect(endedText('connection_lost', '')).toBe('The connection to the meeting was lost');
  });
});
