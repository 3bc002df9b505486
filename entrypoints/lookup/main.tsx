/**
 * A card's look-up frame (issue 24): "Look up" and what Wikidata answers, in a page of the
 * extension's own origin (utils/lookup/lookup-frame.ts says why). It asks the background itself
 * and follows the reader's look-up setting; one fixed size, it scrolls within when the answer is long.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { IdentityLookup } from '@/components/IdentityLookup';
import { lookupQueryOf } from '@/utils/lookup/lookup-frame';
import type { LookupResult } from '@/utils/lookup/wikidata';
import { entityKey } from '@/utils/memory/article-record';
import { askBackground } from '@/utils/messaging/own-extension';
import { identityLookupOn } from '@/utils/settings';
import '@/assets/overlay-frame.css';
import '@/assets/lookup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const app = document.getElementById('app')!;

async function run(query: { type: 'PERSON' | 'ORG'; name: string }, next: boolean): Promise<LookupResult> {
  const key = entityKey(query.type, query.name);
  const reply = await askBackground({ type: 'look-up-identity', key, name: query.name, next });
  return reply ?? { ok: false, code: 'malformed' };
}

async function show(): Promise<void> {
  const query = lookupQueryOf(location.hash);
  if (!query) return void render(<p class="card-detail">{i18n.t('lookupMalformed')}</p>, app);
  const offered = await identityLookupOn.getValue().catch(() => identityLookupOn.fallback);
  render(
    <IdentityLookup
      key={`${query.type}:${query.name}`}
      name={query.name}
      run={(next) => run(query, next)}
      openSettings={() => void askBackground({ type: 'open-lookup-settings' }).catch(() => {})}
      offered={offered}
      start={query.go}
    />,
    app,
  );
}

void show();
addEventListener('hashchange', () => void show());
