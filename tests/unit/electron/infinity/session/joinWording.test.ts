// Main's English for a refused join and the renderer's English for the same wording agree, so a
// code the renderer translates says in English exactly what main logs and older renderers show.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinMessages, joinWords, joinWordsWith } from '../../../../../electron/infinity/session/joinMessages';

const rendererEnglish = (JSON.parse(readFileSync(new URL('../../../../../renderer/src/i18n/locales/en.json', import.meta.url), 'utf8')) as { joinError: Record<string, string> }).joinError;
const filled = (text: string | undefined, values: Record<string, string>) => (text ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

describe('join wordings', () => {
  it("have the renderer's English equal to main's for every wording, names included", () => {
    for (const [wording, words] of Object.entries(joinMessages)) {
      if (typeof words === 'string') {
        expect(joinWords(wording as Parameters<typeof joinWords>[0])).toEqual({ message: words, wording });
        expect(rendererEnglish[wording], wording).toBe(words);
      }
    }
    const named = [
      joinWordsWith.conferenceNotFound('meet.alice', 'node.example.com'),
      joinWordsWith.unreachable('node.example.com'),
      joinWordsWith.tlsFailure('node.example.com'),
      joinWordsWith.unencryptedNode('node.example.com'),
      joinWordsWith.notAPexipServer('node.example.com'),
    ];
    for (const words of named) expect(filled(rendererEnglish[words.wording], { ...words.values }), words.wording).toBe(words.message);
    expect(named.map((words) => words.wording).sort()).toEqual(Object.entries(joinMessages).filter(([, words]) => typeof words !== 'string').map(([wording]) => wording).sort());
  });
});
