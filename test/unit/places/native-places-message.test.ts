import { describe, expect, it } from 'vitest';
import { isRequest, isResponse, NATIVE_PLACES_LIMITS, routeMessage } from '@/utils/messaging/messages';
import { cardNatives } from '@/utils/page/place-lines';
import { nativePlaces } from '@/utils/places/native-place';

const own = { id: 'own', origin: 'chrome-extension://own/' };
const page = { id: 'own', url: 'https://www.globaltimes.cn/content/1.shtml' };
const shaoxing = {
  name: '绍兴市',
  pinyin: 'Shàoxīng',
  level: 'prefecture-level-city',
  parent: { name: '浙江省', pinyin: 'Zhèjiāng' },
};

describe("the 'native-places' message", () => {
  it.each([
    [{ type: 'native-places', names: ['Shaoxing', 'Zhejiang Province'] }, true],
    [{ type: 'native-places', names: [] }, true],
    [{ type: 'native-places', names: 'Shaoxing' }, false],
    [{ type: 'native-places', names: [1] }, false],
    [{ type: 'native-places', names: [''] }, false],
    [{ type: 'native-places', names: ['x'.repeat(NATIVE_PLACES_LIMITS.length + 1)] }, false],
    [{ type: 'native-places', names: ['Shaoxing'], context: [] }, false],
    [{ type: 'native-places' }, false],
  ])('isRequest(%j) is %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it('takes at most the limit of names', () => {
    const names = Array(NATIVE_PLACES_LIMITS.names).fill('Shaoxing');
    expect(isRequest({ type: 'native-places', names })).toBe(true);
    expect(isRequest({ type: 'native-places', names: [...names, 'Shaoxing'] })).toBe(false);
  });

  it.each([
    [{}, true],
    [{ Shaoxing: { found: shaoxing } }, true],
    [{ Zhejiang: { found: { ...shaoxing, name: '浙江省', level: 'province', parent: null } } }, true],
    [{ Huangpu: { ambiguous: [shaoxing, { ...shaoxing, name: '黄埔区' }] } }, true],
    [{ Huangpu: { ambiguous: [shaoxing] } }, false],
    [{ Shaoxing: { found: { ...shaoxing, level: 'city-state' } } }, false],
    [{ Shaoxing: { found: { ...shaoxing, parent: '浙江省' } } }, false],
    [{ Shaoxing: { found: { ...shaoxing, extra: 1 } } }, false],
    [{ Shaoxing: { found: shaoxing, ambiguous: [] } }, false],
    [{ Shaoxing: null }, false],
    [[], false],
    [null, false],
  ])('isResponse(native-places, %j) is %s', (reply, ok) => {
    expect(isResponse('native-places', reply)).toBe(ok);
  });

  it('the resolver’s own answers pass the response check', () => {
    const answer = nativePlaces(['Shaoxing', 'Zhejiang Province', 'Huangpu', 'Hong Kong', 'Taiwan', 'Paris']);
    expect(Object.keys(answer)).toHaveLength(5);
    expect(isResponse('native-places', answer)).toBe(true);
  });

  it('is routed to its handler from the content script and ignored from elsewhere', async () => {
    const handlers = { 'native-places': ({ names }: { names: string[] }) => nativePlaces(names) };
    const reply = await routeMessage(handlers, { type: 'native-places', names: ['Shaoxing'] }, page, own);
    expect(reply).toEqual({ Shaoxing: { found: shaoxing } });
    expect(
      routeMessage(handlers, { type: 'native-places', names: ['Shaoxing'] }, { id: 'other' }, own),
    ).toBeUndefined();
  });
});

describe("the 'native-place-lines' message (the content script's: worded by the background)", () => {
  const line = { name: '绍兴市', pinyin: 'Shàoxīng', where: 'Prefecture-level city in 浙江省 Zhèjiāng' };

  it.each([
    [{ type: 'native-place-lines', names: ['Shaoxing'] }, true],
    [{ type: 'native-place-lines', names: [''] }, false],
    [{ type: 'native-place-lines', names: ['Shaoxing'], worded: true }, false],
  ])('isRequest(%j) is %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it.each([
    [{}, true],
    [{ Shaoxing: { ambiguous: false, lines: [line] } }, true],
    [{ Huangpu: { ambiguous: true, lines: [line, { ...line, name: '黄埔区' }] } }, true],
    [{ Huangpu: { ambiguous: true, lines: [line] } }, false],
    [{ Shaoxing: { ambiguous: false, lines: [line, line] } }, false],
    [{ Shaoxing: { ambiguous: false, lines: [] } }, false],
    [{ Shaoxing: { ambiguous: false, lines: [{ ...line, where: '' }] } }, false],
    [{ Shaoxing: { ambiguous: false, lines: [{ ...line, extra: 1 }] } }, false],
    [{ Shaoxing: { ambiguous: 'no', lines: [line] } }, false],
    [{ Shaoxing: { found: shaoxing } }, false],
    [{ Shaoxing: null }, false],
    [[], false],
  ])('isResponse(native-place-lines, %j) is %s', (reply, ok) => {
    expect(isResponse('native-place-lines', reply)).toBe(ok);
  });

  it('the background’s worded answers pass the check, one per place the resolver knows', () => {
    const answer = cardNatives(
      nativePlaces(['Shaoxing', 'Zhejiang Province', 'Huangpu', 'Hong Kong', 'Taiwan', 'Paris']),
    );
    expect(Object.keys(answer)).toEqual(['Shaoxing', 'Zhejiang Province', 'Huangpu', 'Hong Kong', 'Taiwan']);
    expect(answer.Huangpu!.ambiguous).toBe(true);
    expect(answer.Shaoxing!.lines.map((l) => l.name)).toEqual(['绍兴市']);
    expect(isResponse('native-place-lines', answer)).toBe(true);
  });
});
