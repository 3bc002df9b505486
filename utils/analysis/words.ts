/**
 * The words of a text, as the entity rules read them: a letter (Latin, with diacritics) and the
 * letters and digits after it, with inner apostrophes and ampersands before a letter or digit
 * ("Chang'e", "AT&T"), inner dots only before lowercase ("JD.com", not "China.Photo"), and
 * initialisms ("U.S", "U.S.A"). test/unit/analysis/words.test.ts holds this reading to the
 * regular expression that states it; read by hand, without a match object per word, because
 * long articles spent a quarter of their time collecting those.
 */

/** A capital A-Z, by char code. */
export const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isUpper(c) || isLower(c) || (c >= 0xc0 && c <= 0x24f);
const isLetterOrDigit = (c: number) => isLetter(c) || (c >= 48 && c <= 57);
const DOT = 46;
/**
 * "?": a letter the page lost to its encoding ("Erdo?an", "Emin ?nen"): GT's older pages print a
 * "?" for letters outside Latin-1. Before a letter it is part of the word; punctuation never is.
 */
const LOST = 63;
const JOINERS = new Set([39, 0x2019, 38]); // ' ’ &

/** Where an initialism starting at `i` ends ("U.S" of "U.S."), or -1: one to three "X." then a capital not followed by lowercase. */
function initialismEnd(text: string, i: number): number {
  let reps = 0;
  while (reps < 3 && isUpper(text.charCodeAt(i + 2 * reps)) && text.charCodeAt(i + 2 * reps + 1) === DOT) reps++;
  for (let r = reps; r >= 1; r--) {
    const last = i + 2 * r;
    if (isUpper(text.charCodeAt(last)) && !isLower(text.charCodeAt(last + 1))) return last + 1;
  }
  return -1;
}

/** Where the word starting at the letter at `i` ends. */
function wordEnd(text: string, i: number): number {
  const initialism = initialismEnd(text, i);
  if (initialism > 0) return initialism;
  let j = i + 1;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isLetterOrDigit(c)) j++;
    else if (JOINERS.has(c) && isLetterOrDigit(text.charCodeAt(j + 1))) j++;
    else if (c === DOT && isLower(text.charCodeAt(j + 1))) j++;
    else if (c === LOST && isLetter(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}

/** Calls back with each word and where it starts, left to right. */
export function eachWord(text: string, visit: (word: string, start: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i)) && !(text.charCodeAt(i) === LOST && isLower(text.charCodeAt(i + 1)))) continue;
    const end = wordEnd(text, i);
    visit(text.slice(i, end), i);
    i = end - 1;
  }
}
