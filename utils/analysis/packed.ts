/**
 * Word lists as shipped: each sorted list front-coded into one '|'-joined string (an entry is
 * one character telling how many leading characters it shares with the entry before, then the
 * rest), a fifth smaller in the content script after gzip. Loading builds nothing; a list is
 * decoded into a Set on its first lookup, so a cold page pays only for the lists it reads (a
 * native Set answers a cold lookup faster than a binary search in not yet optimized code).
 */

export interface WordSet {
  has(word: string): boolean;
}

/** The shared-prefix length k is written as the character with code 48 + k ("0" for none). */
const ZERO = 48;
const MAX_SHARED = 40;

/** Front-codes a list sorted in JavaScript's default order (scripts/build-knowledge.ts). */
export function frontCode(sorted: readonly string[]): string {
  let prev = '';
  return sorted
    .map((word) => {
      let k = 0;
      while (k < MAX_SHARED && k < word.length && word[k] === prev[k]) k++;
      prev = word;
      return String.fromCharCode(ZERO + k) + word.slice(k);
    })
    .join('|');
}

export function frontDecode(packed: string): string[] {
  const words: string[] = [];
  let prev = '';
  for (const entry of packed ? packed.split('|') : []) {
    prev = prev.slice(0, entry.charCodeAt(0) - ZERO) + entry.slice(1);
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
