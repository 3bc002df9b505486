import { describe, expect, it } from 'vitest';
import { importGraph as graph } from '../import-graph';

describe('the place data stays out of the content script', () => {
  const content = graph('entrypoints/content/index.tsx');

  it('reaches the words and the types of a place, never the resolver or its data', () => {
    expect(content.has('utils/page/place-lines.ts')).toBe(true);
    expect(content.has('utils/places/types.ts')).toBe(true);
    expect([...content].filter((f) => /places\/(?:native-place|china-places|romanizations|readings)/.test(f))).toEqual(
      [],
    );
  });

  it('while the background reaches them', () => {
    const background = graph('entrypoints/background.ts');
    expect(background.has('utils/places/native-place.ts')).toBe(true);
    expect(background.has('utils/places/china-places.generated.json')).toBe(true);
  });
});
