import { describe, expect, it, vi } from 'vitest';
import { staleAge } from '@/utils/format/format-time';
import { BACKOFF_KEY } from '@/utils/rates/backoff';
import { cardConversion, checkConversion, conversionTarget, convert } from '@/utils/rates/convert';
import data from '@/utils/rates/ecb-rates.generated.json';
import { parseRates } from '@/utils/rates/live';
import { cacheSummary, type RateCache, ratesFor } from '@/utils/rates/service';
import { bundledRates, quotesEndedBy } from '@/utils/rates/table';

/** Every currency the bundled table can convert CNY into (EUR included). */
const bundledCurrencies = () => ['EUR', ...Object.keys(data.series)].sort();

// Rows copied from ../shared/data/eurofxref-hist.csv (units of each currency per euro).
const CSV_HEADER =
  'USD,JPY,BGN,CYP,CZK,DKK,EEK,GBP,HUF,LTL,LVL,MTL,PLN,ROL,RON,SEK,SIT,SKK,CHF,ISK,NOK,HRK,RUB,TRL,TRY,AUD,BRL,CAD,CNY,HKD,IDR,ILS,INR,KRW,MXN,MYR,NZD,PHP,SGD,THB,ZAR'.split(
    ',',
  );
const CSV_ROWS: Record<string, string> = {
  '2005-04-01':
    '1.2959,139.07,1.9558,0.584,30.031,7.4502,15.6466,0.68665,247.25,3.4528,0.696,0.4304,4.0876,36627,N/A,9.1687,239.7,38.75,1.5527,78.59,8.195,7.422,36.115,N/A,1.7521,1.6803,N/A,1.5736,10.7255,10.1063,12272.17,N/A,N/A,1306.01,N/A,4.9243,1.8239,70.944,2.1449,50.745,8.0119',
  '2008-10-15':
    '1.3625,138.18,1.9558,N/A,24.758,7.4539,15.6466,0.77615,263,3.4528,0.7082,N/A,3.5192,N/A,3.7945,9.8413,N/A,30.475,1.5425,305,8.6035,7.1545,35.6145,N/A,1.9035,1.9571,2.8435,1.5833,9.3086,10.5715,13325.25,N/A,N/A,1691.54,16.9359,4.7858,2.1744,64.65,2.0022,46.509,12.6116',
  '2014-07-01':
    '1.3688,138.98,1.9558,N/A,27.433,7.4557,N/A,0.7981,310.43,3.4528,N/A,N/A,4.1582,N/A,4.3881,9.16,N/A,N/A,1.2138,N/A,8.438,7.58,46.895,N/A,2.9066,1.4479,3.0349,1.4587,8.4883,10.6083,16251.94,4.692,82.2307,1384.55,17.7759,4.3893,1.5624,59.764,1.7054,44.367,14.5848',
  '2020-12-18':
    '1.2259,126.69,1.9558,N/A,26.139,7.4393,N/A,0.90828,357.24,N/A,N/A,N/A,4.4779,N/A,4.8688,10.1333,N/A,N/A,1.0845,156.4,10.5163,7.5328,90.2025,N/A,9.3988,1.6107,6.2668,1.5638,8.0146,9.5039,17337.6,3.9676,90.117,1346.95,24.328,4.9532,1.7201,58.93,1.6282,36.556,17.8699',
  '2022-02-25':
    '1.1216,129.64,1.9558,N/A,24.66,7.4418,N/A,0.8374,365.28,N/A,N/A,N/A,4.6369,N/A,4.9479,10.5848,N/A,N/A,1.0398,140.8,9.9756,7.5535,92.5673,N/A,15.4799,1.5541,5.738,1.4325,7.0828,8.7578,16088.71,3.6389,84.347,1346.44,22.9145,4.7107,1.6651,57.549,1.5176,36.441,17.0315',
  '2026-04-13':
    '1.1684,186.75,N/A,N/A,24.378,7.4727,N/A,0.87058,366.9,N/A,N/A,N/A,4.2543,N/A,5.092,10.892,N/A,N/A,0.9242,143.2,11.098,N/A,N/A,N/A,52.2478,1.661,5.874,1.6177,7.9827,9.1507,20082.05,3.5787,109.047,1740.86,20.3203,4.6444,2.0081,70.356,1.4912,37.728,19.3849',
};

describe('bundled ECB table', () => {
  it.each(Object.entries(CSV_ROWS))('matches the CSV on %s (to the table’s 4–5 significant digits)', (date, row) => {
    const perEuro = Object.fromEntries(CSV_HEADER.map((c, i) => [c, row.split(',')[i]!]));
    const set = bundledRates(date)!;
    expect(set.date).toBe(date);
    const cny = Number(perEuro.CNY);
    expect(set.rates.EUR).toBeCloseTo(1 / cny, 12); // CNY, the base, is kept exact
    for (const code of bundledCurrencies()) {
      if (code === 'EUR' || code === 'CNY') continue;
      const csv = perEuro[code];
      if (!csv || csv === 'N/A') {
        expect(set.rates[code]).toBeUndefined();
        continue;
      }
      const expected = Number(csv) / cny;
      expect(Math.abs(set.rates[code]! / expected - 1)).toBeLessThan(1e-3);
    }
  });

  it('converts the seed’s 600 billion yuan on Saturday 2020-12-19 at the rate of Friday 2020-12-18', () => {
    const set = bundledRates('2020-12-19')!;
    expect(set).toMatchObject({ date: '2020-12-18', requested: '2020-12-19', source: 'ECB, bundled' });
    const usd = convert(600e9, 'CNY', 'USD', set)!;
    expect(usd / 1e9).toBeCloseTo((600 * 1.2259) / 8.0146, 1); // about 91.8
    expect(Math.round(usd / 1e8) / 10).toBe(91.8);
  });

  it.each([
    ['2020-12-19', '2020-12-18'], // Saturday
    ['2020-12-20', '2020-12-18'], // Sunday
    ['2020-12-25', '2020-12-24'], // Christmas: no ECB fixing
    ['2021-01-01', '2020-12-31'], // New Year
    ['2005-04-01', '2005-04-01'], // the first CNY quote
    ['2099-01-01', '2026-04-13'], // beyond the table: its last day
  ])('%s uses the rates of %s', (requested, used) => {
    expect(bundledRates(requested)!.date).toBe(used);
  });

  it.each([['2005-03-31'], ['not a date'], ['2020-13-45x']])('%s has no rates', (requested) => {
    expect(bundledRates(requested)).toBeNull();
  });

  it('round-trips every currency', () => {
    const set = bundledRates('2020-12-18')!;
    for (const code of bundledCurrencies()) {
      if (!set.rates[code]) continue;
      const there = convert(1234.56, 'CNY', code, set)!;
      expect(convert(there, code, 'CNY', set)).toBeCloseTo(1234.56, 6);
    }
  });
});

describe('conversionTarget: one rule for the popup and the hover card', () => {
  it.each([
    ['CNY', 'USD', 'USD'],
    ['USD', 'USD', 'CNY'],
    ['CNY', 'CNY', 'USD'],
    ['USD', 'CNY', 'CNY'],
    ['EUR', 'GBP', 'GBP'],
    ['GBP', 'GBP', 'CNY'],
  ])('an amount in %s for a %s reader shows in %s', (amount, reader, shown) => {
    expect(conversionTarget(amount, reader)).toBe(shown);
  });
});

describe('conversions', () => {
  const set = bundledRates('2020-12-18')!;

  it('marks the article’s own conversion consistent within 2% of the ECB rate, else gives the implied rate', () => {
    const ok = checkConversion({ amount: 600e9, currency: 'CNY' }, { amount: 92e9, currency: 'USD' }, set)!;
    expect(ok.consistent).toBe(true);
    expect(Math.abs(ok.difference)).toBeLessThan(0.01);
    const off = checkConversion({ amount: 600e9, currency: 'CNY' }, { amount: 100e9, currency: 'USD' }, set)!;
    expect(off.consistent).toBe(false);
    expect(off.impliedRate).toBeCloseTo(1 / 6, 6);
  });

  it('converts a card’s amount into the reader’s currency (or the yuan, when it is theirs), with the rates’ day', () => {
    const c = cardConversion({ amount: 600e9, currency: 'CNY' }, 'EUR', set)!;
    expect(c).toMatchObject({ currency: 'EUR', date: '2020-12-18', bundled: false });
    expect(cardConversion({ amount: 1, currency: 'CNY' }, 'EUR', { ...set, fallback: 'offline' })?.bundled).toBe(true);
    expect(c.value / 1e9).toBeCloseTo(74.9, 1);
    expect(cardConversion({ amount: 92e9, currency: 'USD' }, 'USD', set)).toMatchObject({ currency: 'CNY' });
  });
});

describe('live rates and their fallback', () => {
  const good = {
    amount: 1,
    base: 'CNY',
    date: '2020-12-18',
    rates: { USD: 0.15296, EUR: 0.12477, JPY: 15.807, GBP: 0.11333 },
  };
  const memory = (): RateCache & { store: Map<string, unknown> } => {
    const store = new Map<string, unknown>();
    return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
  };
  const json = (body: unknown, status = 200) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

  it('uses the live answer and caches a past day for good', async () => {
    const cache = memory();
    const fetch = json(good);
    const set = await ratesFor('2020-12-19', { cache, fetch });
    expect(set).toMatchObject({ source: 'ECB via Frankfurter', date: '2020-12-18', rates: { USD: 0.15296 } });
    expect(set!.fallback).toBeUndefined();
    expect(fetch).toHaveBeenCalledWith('https://api.frankfurter.dev/v1/2020-12-19?base=CNY', expect.anything());
    await ratesFor('2020-12-19', { cache, fetch, now: () => Date.now() + 365 * 86_400_000 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the latest rates for 12 hours, then asks again', async () => {
    const cache = memory();
    const fetch = json({ ...good, date: '2026-04-13' });
    const t0 = Date.now();
    await ratesFor('latest', { cache, fetch, now: () => t0 });
    await ratesFor('latest', { cache, fetch, now: () => t0 + 11 * 3600_000 });
    expect(fetch).toHaveBeenCalledTimes(1);
    await ratesFor('latest', { cache, fetch, now: () => t0 + 13 * 3600_000 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['offline', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), /could not be reached/, 'offline'],
    [
      'timeout',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
          ),
      ),
      /did not answer within/,
      'no-answer',
    ],
    ['HTTP 500', json({ message: 'oops' }, 500), /HTTP 500/, 'service-error'],
    ['HTTP 429', json({ message: 'slow down' }, 429), /HTTP 429/, 'service-error'],
    [
      'malformed JSON',
      vi.fn(async () => new Response('{"base": "CNY", "rates": {', { status: 200 })),
      /malformed JSON/,
      'bad-answer',
    ],
    ['a rate of 0', json({ ...good, rates: { ...good.rates, USD: 0 } }), /impossible rate for USD/, 'bad-answer'],
    [
      'a negative rate',
      json({ ...good, rates: { ...good.rates, JPY: -15.8 } }),
      /impossible rate for JPY/,
      'bad-answer',
    ],
    ['the wrong base', json({ ...good, base: 'EUR' }), /for EUR, not CNY/, 'bad-answer'],
    ['no rates', json({ base: 'CNY', date: '2020-12-18' }), /no rates/, 'bad-answer'],
  ])('%s falls back to the bundled table and says so, with its code', async (_name, fetch, reason, failure) => {
    const cache = memory();
    const set = await ratesFor('2020-12-19', {
      cache,
      fetch: fetch as unknown as typeof globalThis.fetch,
      timeoutMs: 20,
    });
    expect(set).toMatchObject({ source: 'ECB, bundled', date: '2020-12-18' });
    expect(set!.fallback).toMatch(reason);
    expect(set!.fallback).toMatch(/bundled ECB rates/);
    expect(set!.failure).toBe(failure);
    // No rate set is cached; the failure is remembered, with its code.
    expect([...cache.store.keys()]).toEqual([BACKOFF_KEY]);
    expect(cache.store.get(BACKOFF_KEY)).toMatchObject({ failure });
  });

  it('rejects impossible answers even when they parse', () => {
    expect(() => parseRates({ ...good, date: '2021-01-05' }, '2020-12-19')).toThrow(/later day/);
    expect(() => parseRates({ ...good, rates: { USD: 1e9, EUR: 0.1 } }, 'latest')).toThrow(/impossible/);
    expect(() => parseRates(null, 'latest')).toThrow();
  });
});

describe('currencies whose quotes ended, and the cache as the options page sees it', () => {
  it('says when the ECB stopped quoting a currency, only after that day', () => {
    expect(quotesEndedBy('2024-03-01')).toMatchObject({ HRK: '2022-12-30' });
    expect(quotesEndedBy('2022-06-01')).not.toHaveProperty('HRK');
  });

  it('attaches the ended currencies to a rate set that lacks them', async () => {
    const store = new Map<string, unknown>();
    const cache = {
      get: async (k: string) => store.get(k),
      set: async (k: string, v: unknown) => void store.set(k, v),
    };
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const set = (await ratesFor('2024-03-01', { cache, fetch: offline }))!;
    expect(set.rates.HRK).toBeUndefined();
    expect(set.ended).toMatchObject({ HRK: '2022-12-30' });
    expect((await ratesFor('2020-12-18', { cache, fetch: offline }))!.ended?.HRK).toBeUndefined();
  });

  it('counts the cached rate sets and finds the newest', () => {
    const rates = bundledRates('2020-12-18')!;
    const stored = {
      'rates:latest': { fetchedAt: 5000, rates },
      'rates:2020-12-18': { fetchedAt: 9000, rates },
      'rates:broken': 'x',
      highlightsOn: true,
    };
    expect(cacheSummary(stored)).toEqual({
      keys: ['rates:latest', 'rates:2020-12-18', 'rates:broken'],
      newest: 9000,
    });
    expect(cacheSummary({ highlightsOn: false })).toEqual({ keys: [], newest: null });
  });

  it.each([
    ['2026-04-13', '2026-04-18', null],
    ['2026-04-13', '2026-05-01', '2 weeks ago'],
    ['2026-04-13', '2026-11-21', '7 months ago'],
    ['2020-12-18', '2026-11-21', '5 years ago'],
  ])('a rate of %s is, on %s, %s', (date, today, age) => {
    expect(staleAge(date, new Date(`${today}T12:00:00Z`), 'en')).toBe(age);
  });
});
