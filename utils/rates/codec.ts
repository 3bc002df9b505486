/**
 * Integers as self-delimiting characters (zigzag, 5 bits a character, a continuation flag in
 * the sixth): small day-to-day changes of a rate take one character.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
/** Marks a day without a quote. */
export const MISSING = '~';

export function encodeDelta(n: number): string {
  let z = n >= 0 ? n * 2 : -n * 2 - 1;
  let out = '';
  while (z >= 32) {
    out += ALPHABET[32 + (z % 32)];
    z = Math.floor(z / 32);
  }
  return out + ALPHABET[z];
}

/** Decodes a string of deltas to running totals; missing days come back as null. */
export function decodeSeries(text: string): (number | null)[] {
  const out: (number | null)[] = [];
  let total = 0;
  let z = 0;
  let scale = 1;
  for (const ch of text) {
    if (ch === MISSING) {
      out.push(null);
      continue;
    }
    const v = VALUE.get(ch);
    if (v === undefined) throw new Error(`bad rate data character ${JSON.stringify(ch)}`);
    if (v >= 32) {
      z += (v - 32) * scale;
      scale *= 32;
      continue;
    }
    z += v * scale;
    total += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    out.push(total);
    z = 0;
    scale = 1;
  }
  return out;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: the table's day axis. */
export const dayNumber = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
