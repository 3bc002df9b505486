/**
 * The settings of the cards' Wikidata look-up (issue 24): on or off, and the optional host
 * permission, asked for here on the reader's click (a content script cannot ask for it), after
 * saying what is sent and when.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Setting } from '@/utils/settings';

export interface LookupStore {
  on: Setting<boolean>;
  /** Whether the browser granted the Wikidata host. */
  permitted(): Promise<boolean>;
  /** Asks the browser for it (needs the reader's click); resolves to whether it was granted. */
  request(): Promise<boolean>;
  /** Gives it back; resolves to whether it is gone. */
  revoke(): Promise<boolean>;
}

export function LookupSettings({ store }: { store: LookupStore }) {
  const t = i18n.t;
  const [on, setOn] = useState(store.on.fallback);
  const [permitted, setPermitted] = useState<boolean | null>(null);
  useEffect(() => {
    store.on.getValue().then(setOn, () => {});
    store.permitted().then(setPermitted, () => setPermitted(false));
    return store.on.watch(setOn);
  }, [store]);
  const toggle = (next: boolean) => {
    setOn(next);
    store.on.setValue(next).catch(() => {});
  };
  const allow = () =>
    store.request().then(
      (granted) => setPermitted(granted),
      () => setPermitted(false),
    );
  const revoke = () =>
    store.revoke().then(
      (gone) => setPermitted(!gone),
      () => {},
    );
  return (
    <section aria-labelledby="lookup-title" id="lookup">
      <h2 id="lookup-title">{t('lookupTitle')}</h2>
      <p>{t('lookupAbout')}</p>
      <label class="check">
        <input type="checkbox" checked={on} onChange={(e) => toggle((e.target as HTMLInputElement).checked)} />
        <span>{t('lookupToggle')}</span>
      </label>
      {permitted !== null && (
        <p role="status" class="note">
          {permitted ? t('lookupAllowed') : t('lookupNotAllowed')}
        </p>
      )}
      {permitted === false && on && (
        <button type="button" class="button" onClick={allow}>
          {t('lookupAllow')}
        </button>
      )}
      {permitted && (
        <button type="button" class="button" onClick={revoke}>
          {t('lookupRevoke')}
        </button>
      )}
    </section>
  );
}
