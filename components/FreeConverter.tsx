import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { exactMoney, formatDay, formatMoney } from '@/utils/format/mention-format';
import { type ParsedAmount, parseAmount } from '@/utils/rates/amount-input';
import { conversionTarget, convert, rateOf } from '@/utils/rates/convert';
import type { RateSet } from '@/utils/rates/types';
import { known, useRates } from './use-rates';

interface Props {
  articleDate: string | null;
  currency: string;
  currencies: readonly string[];
  getRates: (date: string) => Promise<RateSet | null>;
  now: Date;
  locale?: string;
}

/** An error is shown (and announced) once the reader has paused this long, not at every keystroke. */
export const PAUSE_MS = 700;

/** The message for a bad amount, in the interface language. */
export function amountMessage(parsed: Extract<ParsedAmount, { error: string }>): string {
  switch (parsed.error) {
    case 'amountEmpty':
      return i18n.t('amountEmpty');
    case 'amountNoNumber':
      return i18n.t('amountNoNumber');
    case 'amountNotNumber':
      return i18n.t('amountNotNumber', [parsed.word ?? '']);
    case 'amountNegative':
      return i18n.t('amountNegative');
    case 'amountTooLarge':
      return i18n.t('amountTooLarge');
  }
}

/** `value` once it has stayed the same for `ms`; until then, the value before. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Why there is no result: a currency whose quotes ended, or no rate that day. */
function missingRate(from: string, to: string, rates: RateSet, locale?: string): string {
  for (const code of [from, to]) {
    const ended = rates.ended?.[code];
    if (ended) return i18n.t('quotesEnded', [code, formatDay(ended, locale)]);
  }
  return i18n.t('noRateThatDay', [rates.rates[from] ? to : from, formatDay(rates.date, locale)]);
}

/** Any amount as readers copy it, any two ECB currencies, any day since 2005. */
export function FreeConverter({ articleDate, currency, currencies, getRates, now, locale }: Props) {
  const t = i18n.t;
  const today = now.toISOString().slice(0, 10);
  const [input, setInput] = useState('1 million yuan');
  const [from, setFrom] = useState('CNY');
  const [to, setTo] = useState(conversionTarget('CNY', currency));
  const [date, setDate] = useState(articleDate ?? today);
  const settled = useSettled(input, PAUSE_MS);
  const loaded = useRates(getRates, date === today ? 'latest' : date);
  const rates = known(loaded);
  const parsed = parseAmount(input);

  // A currency in the text sets the "from" picker; "to" moves off it when they meet.
  const named = 'value' in parsed ? parsed.currency : null;
  useEffect(() => {
    if (!named || !currencies.includes(named)) return;
    setFrom(named);
    setTo((old) => (old === named ? conversionTarget(named, currency) : old));
  }, [named, currencies, currency]);

  const error = 'error' in parsed && settled === input ? amountMessage(parsed) : null;
  const value = 'value' in parsed ? parsed.value : null;
  const result = value !== null && rates ? convert(value, from, to, rates) : null;
  const rate = rates ? rateOf(from, to, rates) : null;
  let line = '';
  if (value !== null && named && !currencies.includes(named)) line = t('noRateFor', [named]);
  else if (value !== null && loaded === 'loading') line = t('loadingRates');
  else if (value !== null && !rates) line = t('noRates');
  else if (value !== null && rates && (result === null || rate === null)) line = missingRate(from, to, rates, locale);
  else if (value !== null && result !== null && rate !== null && rates) {
    line = `${exactMoney(value, from, locale)} = ${formatMoney(result, to, locale)}`;
  }

  const picker = (id: string, label: string, current: string, set: (v: string) => void) => (
    <label class="field" for={id}>
      <span>{label}</span>
      <select id={id} value={current} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        {currencies.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section class="group free" aria-labelledby="free-title">
      <h2 id="free-title">{t('convertAny')}</h2>
      <div class="free-grid">
        <label class="field amount-field" for="free-amount">
          <span>{t('amount')}</span>
          <input
            id="free-amount"
            value={input}
            autoComplete="off"
            spellcheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'free-error' : 'free-hint'}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
        </label>
        {picker('free-from', t('from'), from, setFrom)}
        <button
          type="button"
          class="icon"
          aria-label={t('swap')}
          title={t('swap')}
          onClick={() => {
            setFrom(to);
            setTo(from);
          }}
        >
          ⇄
        </button>
        {picker('free-to', t('to'), to, setTo)}
      </div>
      <p id="free-hint" class="hint">
        {t('amountHint')}
      </p>
      <p id="free-error" class="field-error" role="alert" hidden={!error}>
        {error ?? ''}
      </p>
      <div class="free-row">
        <label class="field" for="free-date">
          <span>{t('day')}</span>
          <input
            id="free-date"
            type="date"
            value={date}
            min="2005-04-01"
            max={today}
            onInput={(e) => setDate((e.target as HTMLInputElement).value || today)}
          />
        </label>
        <button type="button" class="link" onClick={() => setDate(today)}>
          {t('today')}
        </button>
        {articleDate && (
          <button type="button" class="link" onClick={() => setDate(articleDate)}>
            {t('articleDay')}
          </button>
        )}
      </div>
      <p class="free-result" role="status" data-testid="free-result">
        {line}
      </p>
      {rate !== null && rates && (
        <p class="rate-source" data-testid="free-rate">
          {t('rateOfDay', [`1 ${from} = ${rate.toPrecision(5)} ${to}`, formatDay(rates.date, locale)])}
        </p>
      )}
    </section>
  );
}
