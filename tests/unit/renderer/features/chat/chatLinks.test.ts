// @vitest-environment node
// Plain text logic: Node's own URL, not happy-dom's (which is slow on very long addresses).
import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../../../../renderer/src/features/chat/chatLinks';

describe('splitLinks', () => {
  it('makes http(s) addresses links and leaves sentence punctuation outside them', () => {
    expect(splitLinks('See https://pexip.com/docs). Thanks')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://pexip.com/docs', href: 'https://pexip.com/docs' },
      { kind: 'text', text: '). Thanks' },
    ]);
  });

  it('never links other schemes', () => {
    expect(splitLinks('javascript:alert(1) file:///etc/passwd')).toEqual([{ kind: 'text', text: 'javascript:alert(1) file:///etc/passwd' }]);
  });

  it('reads a link of 200,000 dots in one pass (the old trailing regex retried from every dot)', () => {
    const address = `https://a.example/${'.'.repeat(200_000)}x`;
    const pieces = splitLinks(`${address}.`);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toMatchObject({ kind: 'link', text: address });
    expect(pieces[1]).toEqual({ kind: 'text', text: '.' });
  });
});
