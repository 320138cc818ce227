// The fast participant reader must read exactly what zod reads, or hand the value back to zod.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serverEventSchemas } from '../../../../../electron/infinity/events/serverEventSchemas';
import { createShapeReader } from '../../../../../electron/infinity/wire/shapeReader';
import { wireFlag, wireNumberOrZero } from '../../../../../electron/infinity/wire/wireValues';
import { createParticipant, participantToWire } from '../../../../sim/conference/participant';
import { eventExamples, hostileText, mutate, prototypeKey, wireValue } from '../../../../support/nodeInputArbitraries';

const schema = serverEventSchemas.participant_create;
const read = createShapeReader(schema);

const documented = eventExamples.find((example) => example.event === 'participant_create')?.data;
const simulated = JSON.parse(
  JSON.stringify(participantToWire(createParticipant({ uuid: 'p-1', displayName: 'Ada', role: 'HOST', callTag: 't', vendor: 'v', serviceType: 'conference' }), 'meet.alice')),
) as unknown;

describe('the participant shape reader', () => {
  it.each([
    ['the API document example', documented],
    ['what the simulator sends', simulated],
  ])('reads %s itself, as zod reads it', (_, value) => {
    const fast = read(value);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(schema.parse(value));
    // Absent fields stay absent (toEqual alone would take an undefined one for absent).
    expect(Object.keys(fast ?? {}).sort()).toEqual(Object.keys(schema.parse(value)).sort());
  });

  it('strips fields the schema does not name, as zod does', () => {
    const fast = read({ ...(simulated as object), invented: 'x', constructor: 'y' });
    expect(fast).not.toBeNull();
    expect(Object.keys(fast ?? {})).not.toContain('invented');
    expect(Object.hasOwn(fast ?? {}, 'constructor')).toBe(false);
  });

  it('converts flags and numbers in every spelling zod accepts', () => {
    const value = { ...(simulated as object), is_muted: 'True', has_media: 'no', buzz_time: '120', spotlight: null, start_time: 5 };
    const fast = read(value);
    expect(fast).toMatchObject({ is_muted: true, has_media: false, buzz_time: 120, spotlight: 0, start_time: 5 });
    expect(fast).toEqual(schema.parse(value));
  });

  it.each([
    ['a junk flag', { is_muted: 'maybe' }],
    ['a number that is not one', { buzz_time: '12abc' }],
    ['an empty uuid', { uuid: '' }],
    ['a role Infinity does not have', { role: 'admin' }],
    ['a name that is not text', { display_name: 7 }],
  ])('hands %s to zod, which refuses it', (_, change) => {
    const value = { ...(simulated as object), ...change };
    expect(read(value)).toBeNull();
    expect(schema.safeParse(value).success).toBe(false);
  });

  it.each([[null], [[]], ['text'], [3]])('hands %j to zod', (value) => {
    expect(read(value)).toBeNull();
  });

  it('leaves a field it would only inherit to zod', () => {
    const inherited = Object.assign(Object.create({ display_name: 'Ghost' }) as object, { uuid: 'p-2' });
    expect(read(inherited)).toBeNull();
  });

  it('agrees with zod on generated node input: its answer, when it gives one, is zod’s', () => {
    const base = [documented, simulated];
    let readFast = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...base),
        fc.array(
          fc.record({
            at: fc.nat(),
            kind: fc.constantFrom('replace', 'delete', 'add'),
            key: fc.oneof(fc.constantFrom(...Object.keys(schema.shape)), hostileText),
            value: fc.oneof(prototypeKey, hostileText, wireValue, fc.constantFrom('YES', 'no', 'True', '12', '-3.5', 'ALLOW', 'deny', 'chair')),
          }),
          { maxLength: 4 },
        ),
        (example, mutations) => {
          const value = JSON.parse(JSON.stringify(mutate(example, mutations)) ?? 'null') as unknown;
          const fast = read(value);
          if (fast === null) return;
          readFast += 1;
          const checked = schema.safeParse(value);
          expect(checked.success).toBe(true);
          expect(fast).toEqual(checked.data);
        },
      ),
      { numRuns: 600, seed: 17 },
    );
    // The comparison ran on many values the reader read itself, not only on ones it handed back.
    expect(readFast).toBeGreaterThan(100);
  });

  it('reads only schemas that strip unknown keys (a strict or loose object is zod’s to read)', () => {
    expect(() => createShapeReader(z.strictObject({ flag: wireFlag }))).toThrow();
    expect(() => createShapeReader(z.looseObject({ count: wireNumberOrZero }))).toThrow();
  });

  describe('lists of plain objects and unions of readable kinds (send_to_audio_mixes)', () => {
    const mixes = z.object({
      mixes: z.union([z.array(z.object({ mix_name: z.string(), prominent: wireFlag.optional() })), z.string()]).optional(),
    });
    const readMixes = createShapeReader(mixes);

    it.each([
      ['a list of mixes', { mixes: [{ mix_name: 'main', prominent: 'YES' }, { mix_name: 'en', extra: 1 }] }],
      ['the documented string form', { mixes: 'main' }],
      ['an empty list', { mixes: [] }],
      ['no mixes', {}],
    ])('reads %s itself, as zod reads it', (_, value) => {
      const fast = readMixes(value);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(mixes.parse(value));
    });

    it('hands anything else to zod: a mix without a name, a bad flag, a number', () => {
      for (const value of [{ mixes: [{ prominent: true }] }, { mixes: [{ mix_name: 'main', prominent: 'maybe' }] }, { mixes: 3 }, { mixes: [null] }]) {
        expect(readMixes(value)).toBeNull();
        expect(mixes.safeParse(value).success).toBe(false);
      }
    });

    it('agrees with zod on generated lists: its answer, when it gives one, is zod’s', () => {
      let readFast = 0;
      const mix = fc.dictionary(fc.constantFrom('mix_name', 'prominent', 'extra', '__proto__'), fc.oneof(wireValue, hostileText, fc.constantFrom('YES', 'no', 'main')));
      fc.assert(
        fc.property(fc.oneof(fc.array(mix, { maxLength: 3 }), wireValue, hostileText), (generated) => {
          const value = JSON.parse(JSON.stringify({ mixes: generated }) ?? 'null') as unknown;
          const fast = readMixes(value);
          if (fast === null) return;
          readFast += 1;
          const checked = mixes.safeParse(value);
          expect(checked.success).toBe(true);
          expect(fast).toEqual(checked.data);
        }),
        { numRuns: 400, seed: 23 },
      );
      expect(readFast).toBeGreaterThan(40);
    });
  });
});
