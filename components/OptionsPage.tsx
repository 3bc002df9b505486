import { useCallback, useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { MentionType } from '@/utils/analysis/types';
import { LABELS, PALETTE, UNDERLINES } from '@/utils/page/mark-style';
import { LABEL_NAMES } from '@/utils/page/overlay-messages';
import { currencyName } from '@/utils/rates/currencies';
import type { LabelVisibility, Setting } from '@/utils/settings';
import { LookupSettings, type LookupStore } from './LookupSettings';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** What the page reads and writes; the entry point passes the browser's, the tests fakes. */
export interface OptionsStore {
  labels: Setting<LabelVisibility>;
  highlightsOn: Setting<boolean>;
  /** The reader's currency; empty means "from the browser's language". */
  currency: Setting<string>;
  shortcuts(): Promise<Shortcut[]>;
  rateCache(): Promise<{ keys: string[]; newest: number | null }>;
  clearRateCache(): Promise<void>;
  /** The reading log: on or off, how long it keeps an article, forgetting it all, and its page. */
  memoryOn: Setting<boolean>;
  retentionDays: Setting<number>;
  retentionChoices: readonly number[];
  forgetEverything(): Promise<void>;
  logUrl: string;
  /** The cards' Wikidata look-up and its optional permission (issue 24). */
  lookup?: LookupStore;
}

interface Props {
  store: OptionsStore;
  currencies: readonly string[];
  /** The currency of the browser's language, the default. */
  localeCurrency: string;
  browserName: 'chrome' | 'firefox';
  locale?: string;
  now?: () => number;
}

/**
 * A setting's value as state, kept in step with changes made elsewhere (the legend, another tab),
 * and whether the reader's last change of it failed to save.
 */
function useSetting<T>(setting: Setting<T>): [T, (value: T) => void, boolean] {
  const [value, setValue] = useState(setting.fallback);
  const [notSaved, setNotSaved] = useState(false);
  useEffect(() => {
    setting.getValue().then(setValue, () => {});
    return setting.watch(setValue);
  }, [setting]);
  return [
    value,
    (next) => {
      setValue(next);
      setting.setValue(next).then(
        () => setNotSaved(false),
        () => setNotSaved(true),
      );
    },
    notSaved,
  ];
}

/** Said beside a control whose last change the browser could not store. */
function NotSaved({ id, shown, detail }: { id: string; shown: boolean; detail?: string }) {
  return (
    <p id={id} class="not-saved" role="alert">
      {shown ? [i18n.t('settingNotSaved'), detail].filter(Boolean).join(' ') : ''}
    </p>
  );
}

/** The label as it looks in an article: its swatch and its own underline. */
function Preview({ label }: { label: MentionType }) {
  const light = PALETTE.light[label];
  const line = UNDERLINES[label];
  const style = {
    background: light.background,
    color: light.text,
    textDecoration: `underline ${line.style} ${light.line} ${line.thickness}`,
  };
  return (
    <span class="preview" style={style} aria-hidden="true">
      {i18n.t('previewSample')}
    </span>
  );
}

function Highlights({ store }: { store: OptionsStore }) {
  const t = i18n.t;
  const [on, setOn, onNotSaved] = useSetting(store.highlightsOn);
  const [labels, setLabels, labelsNotSaved] = useSetting(store.labels);
  return (
    <section aria-labelledby="highlights-title">
      <h2 id="highlights-title">{t('highlightsTitle')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="highlights-not-saved"
          onChange={(e) => setOn((e.target as HTMLInputElement).checked)}
        />
        <span>{t('highlightsOnStart')}</span>
      </label>
      <NotSaved id="highlights-not-saved" shown={onNotSaved} />
      <fieldset>
        <legend>{t('labelsShown')}</legend>
        <ul class="labels">
          {LABELS.map((label) => (
            <li key={label}>
              <label class="check">
                <input
                  type="checkbox"
                  data-label={label}
                  checked={labels[label]}
                  onChange={(e) => setLabels({ ...labels, [label]: (e.target as HTMLInputElement).checked })}
                />
                <span>{LABEL_NAMES[label]()}</span>
                <Preview label={label} />
              </label>
            </li>
          ))}
        </ul>
        <NotSaved id="labels-not-saved" shown={labelsNotSaved} />
      </fieldset>
    </section>
  );
}

function Memory({ store }: { store: OptionsStore }) {
  const t = i18n.t;
  const [on, setOn, onNotSaved] = useSetting(store.memoryOn);
  const [days, setDays, daysNotSaved] = useSetting(store.retentionDays);
  const [note, setNote] = useState('');
  const forget = () =>
    store.forgetEverything().then(
      () => setNote(t('logForgotten')),
      () => setNote(t('logDeleteFailed')),
    );
  return (
    <section aria-labelledby="memory-title">
      <h2 id="memory-title">{t('memoryTitle')}</h2>
      <p>{t('memoryAbout')}</p>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="memory-not-saved"
          onChange={(e) => setOn((e.target as HTMLInputElement).checked)}
        />
        <span>{t('memoryKeep')}</span>
      </label>
      <NotSaved id="memory-not-saved" shown={onNotSaved} detail={on ? undefined : t('memoryOffHolds')} />
      <label class="field" for="retention">
        <span>{t('memoryRetention')}</span>
        <select
          id="retention"
          value={String(days)}
          aria-describedby="retention-not-saved"
          onChange={(e) => setDays(Number(e.currentTarget.value))}
        >
          {store.retentionChoices.map((d) => (
            <option key={d} value={String(d)}>
              {t('memoryDays', d, [String(d)])}
            </option>
          ))}
        </select>
      </label>
      <NotSaved id="retention-not-saved" shown={daysNotSaved} />
      <p>
        <a class="target" href={store.logUrl}>
          {t('memoryOpenLog')}
        </a>
      </p>
      <button type="button" class="button" onClick={forget}>
        {t('forgetEverything')}
      </button>
      <p role="status" class="note">
        {note}
      </p>
    </section>
  );
}

function Currency({ store, currencies, localeCurrency, locale }: Props) {
  const t = i18n.t;
  const [code, setCode, codeNotSaved] = useSetting(store.currency);
  return (
    <section aria-labelledby="currency-title">
      <h2 id="currency-title">{t('currencyTitle')}</h2>
      <label class="field" for="reader-currency">
        <span>{t('yourCurrency')}</span>
        <select
          id="reader-currency"
          value={code}
          aria-describedby="currency-not-saved"
          onChange={(e) => setCode((e.target as HTMLSelectElement).value)}
        >
          <option value="">{t('currencyFromLanguage', [localeCurrency])}</option>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c} · {currencyName(c, locale)}
            </option>
          ))}
        </select>
      </label>
      <NotSaved id="currency-not-saved" shown={codeNotSaved} />
    </section>
  );
}

function Shortcuts({ store, browserName }: Props) {
  const t = i18n.t;
  const [list, setList] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    store.shortcuts().then(setList, () => setList([]));
  }, [store]);
  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      {list && list.length === 0 && <p>{t('shortcutsNone')}</p>}
      {list && list.length > 0 && (
        <dl class="shortcuts">
          {list.map((c) => (
            <div key={c.name}>
              <dt>{c.description || (c.name.startsWith('_execute') ? t('shortcutOpenPopup') : c.name)}</dt>
              <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('shortcutUnset')}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>{browserName === 'firefox' ? t('shortcutsWhereFirefox') : t('shortcutsWhereChrome')}</p>
    </section>
  );
}

function RateCache({ store, locale, now = Date.now }: Props) {
  const t = i18n.t;
  const [cache, setCache] = useState<{ keys: string[]; newest: number | null } | null>(null);
  const [note, setNote] = useState('');
  const load = useCallback(() => store.rateCache().then(setCache, () => setCache({ keys: [], newest: null })), [store]);
  useEffect(() => {
    void load();
  }, [load]);
  async function clear() {
    try {
      await store.clearRateCache();
      setNote(t('cacheCleared'));
    } catch {
      setNote(t('cacheClearFailed'));
    }
    await load();
  }
  const age = (at: number) => {
    const minutes = Math.round((at - now()) / 60_000);
    const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (minutes > -60) return format.format(minutes, 'minute');
    if (minutes > -48 * 60) return format.format(Math.round(minutes / 60), 'hour');
    return format.format(Math.round(minutes / 1440), 'day');
  };
  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">{t('ratesTitle')}</h2>
      <p>{t('ratesAbout')}</p>
      <p data-testid="cache-state">
        {cache === null
          ? ''
          : cache.keys.length === 0
            ? t('cacheEmpty')
            : t('cacheState', cache.keys.length, [String(cache.keys.length), age(cache.newest ?? now())])}
      </p>
      <button type="button" class="button" onClick={clear} disabled={!cache?.keys.length}>
        {t('cacheClear')}
      </button>
      <p role="status" class="note">
        {note}
      </p>
    </section>
  );
}

/** The reader's settings, the shortcuts, the rate cache and what GT Lens does with data. */
export function OptionsPage(props: Props) {
  const t = i18n.t;
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="lead">{t('optionsLead')}</p>
      <Highlights store={props.store} />
      <Currency {...props} />
      <Shortcuts {...props} />
      <RateCache {...props} />
      <Memory store={props.store} />
      {props.store.lookup && <LookupSettings store={props.store.lookup} />}
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacyNothing')}</p>
        <p>{t('privacyRates')}</p>
        <p>{t('privacyStorage')}</p>
        {props.store.lookup && <p>{t('privacyLookup')}</p>}
      </section>
    </div>
  );
}
