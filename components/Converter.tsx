import { useEffect, useState } from 'preact/hooks';
import { exactMoney, formatDay, formatMoney } from '@/utils/format/mention-format';
import type { AmountRow } from '@/utils/rates/article-amounts';
import { checkConversion, conversionTarget, convert, parseAmount, rateOf } from '@/utils/rates/convert';
import { currencyName } from '@/utils/rates/currencies';
import type { RateSet } from '@/utils/rates/types';

export interface ConverterProps {
  amounts: AmountRow[];
  /** The article's day (YYYY-MM-DD, Beijing), or null when the page does not say. */
  articleDate: string | null;
  currency: string;
  currencies: readonly string[];
  onCurrency: (code: string) => void;
  /** Rates of a day through the background (live, cached or bundled). */
  getRates: (date: string) => Promise<RateSet | null>;
  locale?: string;
}

type Loaded = RateSet | null | 'loading';

function useRates(getRates: ConverterProps['getRates'], date: string | null): Loaded {
  const [rates, setRates] = useState<Loaded>('loading');
  useEffect(() => {
    let live = true;
    setRates('loading');
    if (!date) return setRates(null);
    getRates(date).then(
      (r) => live && setRates(r),
      () => live && setRates(null),
    );
    return () => {
      live = false;
    };
  }, [date]);
  return rates;
}

/** "ECB via Frankfurter, rate of Dec 18, 2020 (for Dec 19)" and why it fell back, if it did. */
function RateSource({ set, label, locale }: { set: RateSet; label: string; locale?: string }) {
  const asked =
    set.requested !== 'latest' && set.requested !== set.date ? ` (for ${formatDay(set.requested, locale)})` : '';
  return (
    <p class="rate-source">
      {label}: {set.source}, rate of {formatDay(set.date, locale)}
      {asked}
      {set.fallback && <span class="fallback"> — {set.fallback}.</span>}
    </p>
  );
}

function Money({ amount, currency, locale }: { amount: number; currency: string; locale?: string }) {
  return <span title={exactMoney(amount, currency, locale)}>{formatMoney(amount, currency, locale)}</span>;
}

/** The yuan (and other) amounts of the article in the reader's currency, then and now, and a free converter. */
export function Converter(props: ConverterProps) {
  const { amounts, articleDate, currency, locale } = props;
  const then = useRates(props.getRates, articleDate);
  const now = useRates(props.getRates, 'latest');

  return (
    <section class="group converter" aria-label="Currency converter">
      <h2>In your currency</h2>
      <label class="field">
        Your currency{' '}
        <select value={currency} onChange={(e) => props.onCurrency((e.target as HTMLSelectElement).value)}>
          {props.currencies.map((c) => (
            <option key={c} value={c}>
              {c} · {currencyName(c, locale)}
            </option>
          ))}
        </select>
      </label>
      {amounts.length === 0 && <p class="note">No amounts of money in this article.</p>}
      <ul class="amounts">
        {amounts.map((row) => {
          const target = conversionTarget(row.currency, currency);
          const atThen = then !== 'loading' && then ? convert(row.amount, row.currency, target, then) : null;
          const atNow = now !== 'loading' && now ? convert(row.amount, row.currency, target, now) : null;
          const check = row.stated && then !== 'loading' && then ? checkConversion(row, row.stated, then) : null;
          return (
            <li key={row.mention} class="amount" data-testid="amount">
              <p class="amount-text">
                <strong>{row.text}</strong> <span class="figure-context">{row.context}</span>
              </p>
              {then === 'loading' || now === 'loading' ? (
                <p class="note">Loading rates…</p>
              ) : (
                <p class="amount-values">
                  {atThen !== null ? (
                    <span data-testid="at-article-date">
                      ≈ <Money amount={atThen} currency={target} locale={locale} /> then
                    </span>
                  ) : (
                    <span>no rate for the article's day</span>
                  )}
                  {atNow !== null && (
                    <span data-testid="at-latest">
                      {' · '}
                      <Money amount={atNow} currency={target} locale={locale} /> now
                      {atThen !== null && ` (${atNow >= atThen ? '+' : ''}${((atNow / atThen - 1) * 100).toFixed(1)}%)`}
                    </span>
                  )}
                </p>
              )}
              {row.stated && check && (
                <p class={`stated ${check.consistent ? 'consistent' : 'inconsistent'}`} data-testid="stated">
                  The article says {row.stated.text}:{' '}
                  {check.consistent
                    ? `consistent with the ECB rate (${(check.difference * 100).toFixed(1)}% off).`
                    : `it implies 1 ${row.currency} = ${check.impliedRate.toPrecision(4)} ${row.stated.currency}; the ECB rate was ${check.ecbRate.toPrecision(4)}.`}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {then !== 'loading' && then && <RateSource set={then} label="Article's day" locale={locale} />}
      {now !== 'loading' && now && <RateSource set={now} label="Now" locale={locale} />}
      {then === null && articleDate && (
        <p class="note problem">No rate is known for {formatDay(articleDate, locale)}.</p>
      )}
      <FreeConverter {...props} />
    </section>
  );
}

/** Any amount, any two ECB currencies, any day: results as you type. */
function FreeConverter({ articleDate, currency, currencies, getRates, locale }: ConverterProps) {
  const today = new Date().toISOString().slice(0, 10);
  const [input, setInput] = useState('1 million');
  const [from, setFrom] = useState('CNY');
  const [to, setTo] = useState(currency === 'CNY' ? 'USD' : currency);
  const [date, setDate] = useState(articleDate ?? today);
  const rates = useRates(getRates, date === today ? 'latest' : date);
  const parsed = parseAmount(input);
  const result = 'value' in parsed && rates !== 'loading' && rates ? convert(parsed.value, from, to, rates) : null;
  const rate = rates !== 'loading' && rates ? rateOf(from, to, rates) : null;
  const picker = (value: string, set: (v: string) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
      {currencies.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
  return (
    <div class="free" role="group" aria-label="Convert any amount">
      <h3>Convert any amount</h3>
      <div class="free-row">
        <input
          aria-label="Amount"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          inputMode="decimal"
        />
        {picker(from, setFrom, 'From currency')}
        <button type="button" class="icon" aria-label="Swap currencies" onClick={() => (setFrom(to), setTo(from))}>
          ⇄
        </button>
        {picker(to, setTo, 'To currency')}
      </div>
      <div class="free-row">
        <input
          type="date"
          aria-label="Date"
          value={date}
          min="2005-04-01"
          max={today}
          onInput={(e) => setDate((e.target as HTMLInputElement).value || today)}
        />
        <button type="button" class="link" onClick={() => setDate(today)}>
          Today
        </button>
        {articleDate && (
          <button type="button" class="link" onClick={() => setDate(articleDate)}>
            Article's day
          </button>
        )}
      </div>
      <p class="free-result" role="status" data-testid="free-result">
        {'error' in parsed
          ? parsed.error
          : rates === 'loading'
            ? 'Loading rates…'
            : result === null || rate === null
              ? 'No rate for that currency on that day.'
              : `${exactMoney(parsed.value, from, locale)} = ${formatMoney(result, to, locale)} (1 ${from} = ${rate.toPrecision(5)} ${to})`}
      </p>
      {rates !== 'loading' && rates && <RateSource set={rates} label="Rate" locale={locale} />}
    </div>
  );
}
