import { describe, expect, it } from 'vitest';
import { capturesFor, readJoinChoices, showsSelfView } from '../../../../../renderer/src/features/join/joinChoices';
import { checkDisplayName, displayNameProblemText } from '../../../../../renderer/src/features/join/displayName';

describe('join choices from a link', () => {
  it('reads Pexip link parameters', () => {
    expect(readJoinChoices(new URLSearchParams('callType=audio&muteMicrophone=1&muteCamera=true'))).toEqual({
      call: 'audio',
      muteMicrophone: true,
      muteCamera: true,
    });
    expect(readJoinChoices(new URLSearchParams('callType=none')).call).toBe('none');
    expect(readJoinChoices(new URLSearchParams('callType=presentation')).call).toBe('presentation');
    expect(readJoinChoices(new URLSearchParams('callType=video-only')).call).toBe('video');
  });

  it('ignores unknown values and prototype keys', () => {
    expect(readJoinChoices(new URLSearchParams('callType=__proto__&muteMicrophone=no'))).toEqual({
      call: 'video',
      muteMicrophone: false,
      muteCamera: false,
    });
  });

  it('opens only the devices a choice uses', () => {
    expect(capturesFor('video')).toEqual({ microphone: true, camera: true });
    expect(capturesFor('audio')).toEqual({ microphone: true, camera: false });
    expect(capturesFor('none')).toEqual({ microphone: false, camera: false });
    expect(capturesFor('presentation')).toEqual({ microphone: false, camera: false });
    expect(showsSelfView('audio')).toBe(false);
    expect(showsSelfView('video')).toBe(true);
  });
});

describe('display name', () => {
  it('trims, requires and bounds the name', () => {
    expect(checkDisplayName('  Ada  ')).toEqual({ ok: true, name: 'Ada' });
    expect(checkDisplayName('   ').ok).toBe(false);
    const long = checkDisplayName('x'.repeat(257));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(displayNameProblemText(long.problem)).toContain('256');
  });
});
