// @vitest-environment happy-dom
import { cleanup, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/Popup';
import { nativePlaces } from '@/utils/places/native-place';
import { CURRENCIES } from '@/utils/rates/currencies';
import { bundledRates } from '@/utils/rates/table';
import { seedArticle } from '../../harness/mock-states';
import { useLocale } from '../locales/use-locale';

afterEach(cleanup);

/** The popup on the seed, with the background's answer to 'native-places' given by the resolver itself. */
function show(asked: string[][] = []) {
  render(
    <Popup
      view={seedArticle}
      onRetry={() => {}}
      onShow={async () => true}
      onCopy={async () => true}
      getRates={async (date) => bundledRates(date)}
      currency="USD"
      currencies={CURRENCIES}
      onCurrency={() => {}}
      tab="summary"
      onTab={() => {}}
      locale="en-US"
      nativePlaces={async (names) => {
        asked.push(names);
        return nativePlaces(names);
      }}
    />,
  );
  return within(document.getElementById('places-chips')!);
}

const itemOf = (places: ReturnType<typeof show>, name: string) =>
  places.getByRole('button', { name: new RegExp(`^${name}(?![\\w ])`) }).closest('li')!;

describe('the popup’s places in Chinese', () => {
  it('puts each Chinese place’s name, pinyin and where it sits under its chip', async () => {
    const asked: string[][] = [];
    const places = show(asked);
    await waitFor(() => expect(itemOf(places, 'Shaoxing').textContent).toContain('绍兴市'));
    expect(itemOf(places, 'Shaoxing').querySelector('.chip-native')!.textContent).toBe(
      '绍兴市 Shàoxīng, Prefecture-level city in 浙江省 Zhèjiāng',
    );
    expect(itemOf(places, 'Shanghai').querySelector('.chip-native')!.textContent).toBe('上海市 Shànghǎi, Municipality');
    // The chip's accessible name stays the English name and its count.
    expect(places.getByRole('button', { name: /^Shaoxing, \d+ mentions$/ })).toBeTruthy();
    expect(itemOf(places, 'China').querySelector('.chip-native')).toBeNull();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual(expect.arrayContaining(['Shaoxing', 'Zhejiang Province', 'Pudong']));
  });

  it('words the level in Chinese in a Chinese browser', async () => {
    await useLocale('zh_CN');
    const places = show();
    await waitFor(() =>
      expect(itemOf(places, 'Shaoxing').querySelector('.chip-native')?.textContent).toBe(
        '绍兴市 Shàoxīng, 地级市，隶属浙江省 Zhèjiāng',
      ),
    );
  });
});
