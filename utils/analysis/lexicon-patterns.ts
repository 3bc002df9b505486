/**
 * Lexicon files whose entries are regular-expression sources with what each stands for (units,
 * currency names). The engine joins the sources into one pattern, one capturing group each, and
 * reads which entry matched by its group's index: a capturing group inside an entry would shift
 * every entry after it ("120 km/h" read as mph). Checked when the file is loaded, loudly.
 */
export function patternPairs(file: string, pairs: readonly (readonly string[])[]): [string, string][] {
  return pairs.map(([source, value]) => {
    let groups: number;
    try {
      groups = new RegExp(`${source}|`).exec('')!.length - 1;
    } catch (err) {
      throw new Error(`lexicon/${file}: the pattern ${JSON.stringify(source)} is no regular expression (${err})`);
    }
    if (groups > 0 || value === undefined) {
      throw new Error(
        `lexicon/${file}: the pattern ${JSON.stringify(source)} ${groups > 0 ? 'has a capturing group: write (?:...) instead' : 'stands for nothing'}`,
      );
    }
    return [source!, value];
  });
}
