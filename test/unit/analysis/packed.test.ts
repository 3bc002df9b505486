import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontCode, frontDecode, MARKS, packedSet, unionOf } from '@/utils/analysis/packed';

const pack = (words: string[]) => frontCode([...new Set(words)].sort());
const unmarked = (w: string) => ![...MARKS].some((m) => w.includes(m));

describe('packed word lists', () => {
  const places = packedSet(pack(['Beijing', 'New Hampshire', 'Nevada', 'Türkiye', 'Turkey', "Xi'an"]));

  it.each([
    ['Beijing', true],
    ['New Hampshire', true],
    ['Türkiye', true],
    ["Xi'an", true],
    ['New', false],
    ['Hampshire', false],
    ['Nevada|Turkey', false],
    ['', false],
    ['Zhejiang', false],
    ['Aba', false],
  ])('has(%j) is %s', (word, expected) => {
    expect(places.has(word)).toBe(expected);
  });

  it('front coding shares prefixes and decodes to the same list', () => {
    expect(frontCode(['Nevada', 'New Hampshire', 'New York'])).toBe('!Nevada$w Hampshire&York');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }).filter(unmarked), { maxLength: 30 }), (words) => {
        const sorted = [...new Set(words)].sort();
        expect(frontDecode(frontCode(sorted))).toEqual(sorted);
      }),
    );
  });

  it('a word that holds a mark is refused when packed, not shipped to split wrongly', () => {
    expect(() => frontCode(['AT&T'])).toThrow(/AT&T.*&/);
    expect(() => frontCode(['Nevada', 'New|York'])).toThrow(/New\|York/);
  });

  it('names longer than the marks can count still decode', () => {
    const long = ['Democratic Republic of the Congo', 'Democratic Republic of the Congo River Basin'];
    expect(frontDecode(frontCode(long))).toEqual(long);
  });

  it('an empty list holds nothing', () => {
    expect(packedSet('').has('a')).toBe(false);
  });

  it('answers as a Set of the same words would', () => {
    const word = fc.string({ minLength: 1, maxLength: 6 }).filter(unmarked);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), word, (words, probe) => {
        const packed = packedSet(pack(words));
        for (const w of [...words, probe]) expect(packed.has(w)).toBe(new Set(words).has(w));
      }),
    );
  });

  it('a union holds the words of each set', () => {
    const both = unionOf(packedSet(frontCode(['a', 'c'])), new Set(['b']));
    expect(['a', 'b', 'c', 'd'].map((w) => both.has(w))).toEqual([true, true, true, false]);
  });
});
