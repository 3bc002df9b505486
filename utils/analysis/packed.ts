/**
 * Word lists as shipped: each sorted list front-coded into one string (an entry is one mark
 * telling how many leading characters it shares with the entry before, then the rest): the
 * gazetteers 16.9 KB gzip against 23.9 KB as JSON arrays. Loading builds nothing; a list is
 * decoded into a Set on its first lookup, so a cold page pays only for the lists it reads (a
 * native Set answers a cold lookup faster than a binary search in not yet optimized code).
 */

export interface WordSet {
  has(word: string): boolean;
}

/**
 * The shared-prefix length k is written as the k-th of these marks: characters no name or word
 * in the lists has (and none JSON escapes), so that a mark both counts and separates, with no
 * separator between entries (the gazetteers 16.9 KB gzip against 18.4 KB with '|' and a digit).
 */
export const MARKS = '!#$%&*+,/:;<=>?@[]^_`{|}~';
const MAX_SHARED = MARKS.length - 1;
/** Splits at each mark, keeping it: '', mark, rest, mark, rest... */
const ENTRIES = new RegExp(`([${MARKS.replace(/[\]\\^-]/g, '\\$&')}])`);

/** Front-codes a list sorted in JavaScript's default order (scripts/build-knowledge.ts). */
export function frontCode(sorted: readonly string[]): string {
  let prev = '';
  return sorted
    .map((word) => {
      const mark = [...MARKS].find((m) => word.includes(m));
      if (mark) throw new Error(`cannot pack ${JSON.stringify(word)}: it has ${mark}, which marks an entry`);
      let k = 0;
      while (k < MAX_SHARED && k < word.length && word[k] === prev[k]) k++;
      prev = word;
      return MARKS[k] + word.slice(k);
    })
    .join('');
}

export function frontDecode(packed: string): string[] {
  const words: string[] = [];
  const parts = packed.split(ENTRIES);
  let prev = '';
  for (let i = 1; i < parts.length; i += 2) {
    prev = prev.slice(0, MARKS.indexOf(parts[i]!)) + parts[i + 1];
    words.push(prev);
  }
  return words;
}

/** A set over a front-coded list, decoded on its first lookup. */
export function packedSet(packed: string): WordSet {
  let words: Set<string> | null = null;
  return {
    has: (word) => {
      words ??= new Set(frontDecode(packed));
      return words.has(word);
    },
  };
}

/** Words in any of several sets. */
export function unionOf(...sets: WordSet[]): WordSet {
  return { has: (word) => sets.some((s) => s.has(word)) };
}
