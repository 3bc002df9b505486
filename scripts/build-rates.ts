/**
 * Generates utils/rates/ecb-rates.generated.json from the ECB's daily euro reference rates
 * (../shared/data/eurofxref-hist.csv; npm run rates): every business day since the ECB began
 * quoting CNY, every currency it quoted in that time (the euro-area ones it stopped quoting before
 * 2015 left out). Compacted to fit 150 KB gzip: rates at 4 significant digits (5 for USD, the
 * currency GT converts to; CNY, the base, exact), each day stored as the change from the day
 * before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dayNumber, encodeDelta } from '../utils/rates/codec';

const require = createRequire(import.meta.url);
const countries: { cca2: string; currencies?: Record<string, unknown> }[] = require('world-countries');

const ROOT = join(import.meta.dirname, '..');
const CSV = process.env.ECB_CSV ?? join(ROOT, '../shared/data/eurofxref-hist.csv');
const OUT = join(ROOT, 'utils/rates/ecb-rates.generated.json');
// What the popup needs without the table: the currencies and each region's currency.
const OUT_CURRENCIES = join(ROOT, 'utils/rates/currencies.generated.json');

// Replaced by the euro before 2015: no GT reader converts into them.
const RETIRED = new Set(['CYP', 'EEK', 'LTL', 'LVL', 'MTL', 'ROL', 'SIT', 'SKK', 'TRL']);
const FIVE_DIGITS = new Set(['USD', 'EUR']);

const [header, ...lines] = readFileSync(CSV, 'utf8').trim().split('\n');
const codes = header!.split(',').slice(1).filter(Boolean);
const rows = lines
  .map((l) => l.split(','))
  .filter(([date]) => /^\d\d\d\d-\d\d-\d\d$/.test(date!))
  .map(([date, ...values]) => ({ date: date!, values: new Map(codes.map((c, i) => [c, values[i]!])) }))
  .sort((a, b) => a.date.localeCompare(b.date));
const quoted = (v: string | undefined): v is string => !!v && v !== 'N/A' && Number(v) > 0;
const days = rows.filter((r) => quoted(r.values.get('CNY')));
const currencies = codes.filter((c) => !RETIRED.has(c) && days.some((r) => quoted(r.values.get(c))));

const series: Record<string, { decimals: number; values: string }> = {};
for (const c of currencies) {
  const values = days.map((r) => r.values.get(c));
  // Precision set by the currency's smallest rate, so every day keeps its significant digits.
  const smallest = Math.min(...values.filter(quoted).map(Number));
  const csvDecimals = Math.max(...values.filter(quoted).map((v) => (v.split('.')[1] ?? '').length));
  const digits = FIVE_DIGITS.has(c) ? 5 : 4;
  // CNY, the base of every cross rate, keeps the CSV's full precision.
  const decimals =
    c === 'CNY' ? csvDecimals : Math.min(csvDecimals, Math.max(0, digits - String(Math.floor(smallest)).length));
  let prev = 0;
  series[c] = {
    decimals,
    values: values
      .map((v) => {
        if (!quoted(v)) return '~';
        const n = Math.round(Number(v) * 10 ** decimals);
        const d = n - prev;
        prev = n;
        return encodeDelta(d);
      })
      .join(''),
  };
}

// The reader's currency from their locale's region: every country whose currency we can convert to.
const convertible = new Set([...currencies, 'EUR']);
const regionCurrency: Record<string, string> = {};
for (const c of countries) {
  const code = Object.keys(c.currencies ?? {}).find((k) => convertible.has(k));
  if (code) regionCurrency[c.cca2] = code;
}

writeFileSync(OUT_CURRENCIES, `${JSON.stringify({ currencies: [...convertible].sort(), regionCurrency })}\n`);

let prevDay = dayNumber(days[0]!.date);
const table = {
  source: 'ECB euro foreign exchange reference rates',
  first: days[0]!.date,
  last: days[days.length - 1]!.date,
  days: days
    .map((r) => {
      const d = dayNumber(r.date) - prevDay;
      prevDay = dayNumber(r.date);
      return encodeDelta(d);
    })
    .join(''),
  series,
};
const json = JSON.stringify(table);
writeFileSync(OUT, `${json}\n`);
console.log(
  `${days.length} business days ${table.first} .. ${table.last}, ${currencies.length} currencies: ${currencies.join(' ')}`,
);
console.log(
  `wrote ${OUT}: ${(json.length / 1024).toFixed(0)} KB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
