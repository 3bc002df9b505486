/**
 * A person's or organization's card asks Wikidata who they are, on the reader's click only
 * (issue 24): the description, the Chinese name, positions held with their dates, the two
 * Wikipedias, and "Not this one". Without the permission (or on any failure) it says why and offers
 * plain searches on Wikipedia and Baidu Baike, which need none.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type LookupError, type LookupResult, type Position, searchLinks } from '@/utils/lookup/wikidata';

export interface IdentityLookupProps {
  name: string;
  /** Asks the background; `next` moves to the next candidate ("not this one"). */
  run(next: boolean): Promise<LookupResult>;
  /** Opens the settings, where the reader allows Wikidata look-ups. */
  openSettings(): void;
  /** False when the reader turned look-ups off: the plain searches only. */
  offered?: boolean;
  /** Ask at once (the reader clicked "Look up" in the card already). */
  start?: boolean;
}

type Phase = { phase: 'idle' } | { phase: 'asking' } | { phase: 'answered'; result: LookupResult };

const PROBLEMS: Record<LookupError, () => string> = {
  off: () => i18n.t('lookupOff'),
  'no-permission': () => i18n.t('lookupExplain'),
  'no-match': () => i18n.t('lookupNoMatch'),
  'no-more': () => i18n.t('lookupNoMore'),
  timeout: () => i18n.t('lookupTimeout'),
  network: () => i18n.t('lookupNetwork'),
  http: () => i18n.t('lookupUnavailable'),
  malformed: () => i18n.t('lookupMalformed'),
};
/** Positions shown: the latest few keep the card short. */
const SHOWN_POSITIONS = 4;

export function IdentityLookup({ name, run, openSettings, offered = true, start = false }: IdentityLookupProps) {
  const [state, setState] = useState<Phase>({ phase: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on the first render only
  useEffect(() => {
    if (start && offered) ask(false);
  }, []);
  if (!offered)
    return (
      <div class="card-lookup">
        <SearchLinks name={name} />
      </div>
    );
  const ask = (next: boolean) => {
    setState({ phase: 'asking' });
    run(next).then(
      (result) => setState({ phase: 'answered', result }),
      () => setState({ phase: 'answered', result: { ok: false, code: 'network' } }),
    );
  };
  if (state.phase === 'idle')
    return (
      <div class="card-lookup">
        <button type="button" class="card-button" onClick={() => ask(false)}>
          {i18n.t('lookUp')}
        </button>
      </div>
    );
  if (state.phase === 'asking')
    return (
      <div class="card-lookup">
        <p class="card-detail" role="status">
          {i18n.t('lookingUp')}
        </p>
      </div>
    );
  const { result } = state;
  if (!result.ok)
    return (
      <div class="card-lookup">
        <p class="card-detail" role="status">
          {PROBLEMS[result.code]()}
        </p>
        {result.code === 'no-permission' && (
          <button type="button" class="card-button" onClick={openSettings}>
            {i18n.t('lookupAllowInSettings')}
          </button>
        )}
        <SearchLinks name={name} />
      </div>
    );
  const { identity } = result;
  return (
    <div class="card-lookup">
      {identity.description && <p class="card-detail">{identity.description}</p>}
      {identity.zhName && (
        <p class="card-native-name" lang="zh-Hans">
          {identity.zhName}
        </p>
      )}
      {identity.positions.length > 0 && (
        <ul class="card-positions" aria-label={i18n.t('lookupPositions')}>
          {identity.positions.slice(-SHOWN_POSITIONS).map((p) => (
            <li key={p.id + p.start}>{positionLine(p)}</li>
          ))}
        </ul>
      )}
      <p class="card-links">
        {identity.enwiki && <a href={identity.enwiki}>{i18n.t('lookupEnWiki')}</a>}{' '}
        {identity.zhwiki && <a href={identity.zhwiki}>{i18n.t('lookupZhWiki')}</a>}
      </p>
      <p class="card-detail">
        {i18n.t('lookupSource', [String(result.candidate + 1), String(result.candidates)])}{' '}
        <button type="button" class="card-button" onClick={() => ask(true)}>
          {i18n.t('lookupNotThisOne')}
        </button>
      </p>
    </div>
  );
}

/** "Mayor of Example City (示例市市长), 2016-05 – 2021". */
function positionLine(p: Position): string {
  const label = p.label ?? p.zhLabel ?? p.id;
  const named = p.label && p.zhLabel ? `${label} (${p.zhLabel})` : label;
  if (!p.start && !p.end) return named;
  return i18n.t('lookupPositionDates', [named, p.start ?? '?', p.end ?? i18n.t('lookupPresent')]);
}

function SearchLinks({ name }: { name: string }) {
  const links = searchLinks(name);
  return (
    <p class="card-links">
      <a href={links.wikipedia}>{i18n.t('searchWikipedia')}</a> <a href={links.baike}>{i18n.t('searchBaike')}</a>
    </p>
  );
}
