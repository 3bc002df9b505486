import { i18n } from '#i18n';
import { staleAge } from '@/utils/format/format-time';
import { formatDay, formatMoney } from '@/utils/format/mention-format';
import type { AmountRow } from '@/utils/rates/article-amounts';
import { checkConversion, conversionTarget, convert } from '@/utils/rates/convert';
import { currencyName } from '@/utils/rates/currencies';
import type { RateSet, RatesFailure } from '@/utils/rates/types';
import { FreeConverter } from './FreeConverter';
import { known, type Loaded } from './use-rates';

export interface ConverterProps {
  amounts: AmountRow[];
  /** The article's day (YYYY-MM-DD, Beijing), or null when the page does not say. */
  articleDate: string | null;
  /** Rates of the article's day and the latest ones, loaded by the popup. */
  then: Loaded;
  latest: Loaded;
  currency: string;
  currencies: readonly string[];
  onCurrency: (code: string) => void;
  /** Rates of any day through the background (live, cached or bundled), for the free converter. */
  getRates: (date: string) => Promise<RateSet | null>;
  now: Date;
  locale?: string;
}

/** The bundled table's line, with why it is used: offline is not a failing rate service. */
function bundledLine(day: string, failure: RatesFailure | undefined): string {
  switch (failure) {
    case 'offline':
      return i18n.t('sourceBundled', [day]);
    case 'no-answer':
      return i18n.t('sourceBundledNoAnswer', [day]);
    case 'service-error':
      return i18n.t('sourceBundledServiceError', [day]);
    case 'bad-answer':
      return i18n.t('sourceBundledBadAnswer', [day]);
    default:
      return i18n.t('sourceBundledOnly', [day]);
  }
}

/** "ECB via Frankfurter, Nov 21, 2026" or "ECB reference rates, bundled, up to Apr 13, 2026 (offline) · 7 months ago". */
export function sourceLine(set: RateSet, now: Date, locale?: string): string {
  const day = formatDay(set.date, locale);
  const line = set.source === 'ECB, bundled' ? bundledLine(day, set.failure) : i18n.t('sourceLive', [day]);
  const age = set.requested === 'latest' ? staleAge(set.date, now, locale) : null;
  return age ? `${line} · ${age}` : line;
}

/** "−4.3%": the change of a conversion, signed, in the interface language. */
const change = (ratio: number, locale?: string) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    ratio,
  );

/** One amount of the article: at the article's day, at the latest rate, the change, the article's own figure. */
function AmountItem({ row, props }: { row: AmountRow; props: ConverterProps }) {
  const { currency, locale } = props;
  const t = i18n.t;
  const then = known(props.then);
  const latest = known(props.latest);
  const target = conversionTarget(row.currency, currency);
  const atThen = then && convert(row.amount, row.currency, target, then);
  const atLatest = latest && convert(row.amount, row.currency, target, latest);
  const check = row.stated && then ? checkConversion(row, row.stated, then) : null;
  const loading = props.then === 'loading' || props.latest === 'loading';
  return (
    <li class="amount" data-testid="amount">
      <p class="amount-text">
        <strong>{row.text}</strong> <span class="figure-context">{row.context}</span>
      </p>
      {loading && <p class="note">{t('loadingRates')}</p>}
      {!loading && (
        <ul class="amount-values">
          <li data-testid="at-article-date">
            {atThen != null
              ? t('atArticleDay', [formatMoney(atThen, target, locale), formatDay(then!.date, locale)])
              : t('noRateArticleDay')}
          </li>
          {atLatest != null && (
            <li data-testid="at-latest">
              {t('atLatest', [formatMoney(atLatest, target, locale), formatDay(latest!.date, locale)])}
            </li>
          )}
          {atThen != null && atLatest != null && then!.date !== latest!.date && (
            <li data-testid="since-article">
              {t('sinceArticle', [
                change(atLatest / atThen - 1, locale),
                formatDay(then!.date, locale),
                formatDay(latest!.date, locale),
              ])}
            </li>
          )}
        </ul>
      )}
      {row.stated && check && (
        <p class={`stated ${check.consistent ? 'consistent' : 'inconsistent'}`} data-testid="stated">
          {check.consistent
            ? t('statedConsistent', [row.stated.text, change(check.difference, locale)])
            : t('statedInconsistent', [
                row.stated.text,
                `1 ${row.currency} = ${check.impliedRate.toPrecision(4)} ${row.stated.currency}`,
                check.ecbRate.toPrecision(4),
              ])}
        </p>
      )}
    </li>
  );
}

/** The article's amounts in the reader's currency, then and now, one line on the rates, and a free converter. */
export function Converter(props: ConverterProps) {
  const { amounts, currency, locale } = props;
  const t = i18n.t;
  const source = known(props.latest) ?? known(props.then);
  const settled = props.then !== 'loading' && props.latest !== 'loading';
  return (
    <div class="converter">
      <section class="group" aria-labelledby="in-your-currency">
        <h2 id="in-your-currency">{t('inYourCurrency')}</h2>
        <label class="field">
          <span>{t('yourCurrency')}</span>
          <select value={currency} onChange={(e) => props.onCurrency((e.target as HTMLSelectElement).value)}>
            {props.currencies.map((c) => (
              <option key={c} value={c}>
                {c} · {currencyName(c, locale)}
              </option>
            ))}
          </select>
        </label>
        {amounts.length === 0 && <p class="note">{t('noAmounts')}</p>}
        <ul class="amounts">
          {amounts.map((row) => (
            <AmountItem key={row.mention} row={row} props={props} />
          ))}
        </ul>
        {source && (
          <p class="rate-source" data-testid="rate-source">
            {sourceLine(source, props.now, locale)}
          </p>
        )}
        {settled && !source && <p class="note">{t('noRates')}</p>}
      </section>
      <FreeConverter
        articleDate={props.articleDate}
        currency={currency}
        currencies={props.currencies}
        getRates={props.getRates}
        now={props.now}
        locale={locale}
      />
    </div>
  );
}
