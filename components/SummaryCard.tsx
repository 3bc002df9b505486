import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Analysis } from '@/utils/analysis/types';
import { figureLines, interfaceValueWords } from '@/utils/format/figure-lines';
import { formatPublished } from '@/utils/format/format-time';
import { type AlsoIn, entityKey } from '@/utils/memory/article-record';
import type { Article } from '@/utils/page/article-reader';
import { chipNative, nativeLine } from '@/utils/page/place-lines';
import type { NativeLookup } from '@/utils/places/types';
import { type KeyFigure, type RankedEntity, type Summary, summaryMarkdown } from '@/utils/summary/summary';
import { type VoiceGroups, voicesMarkdown } from '@/utils/summary/voices';
import { localVoiceWords } from './VoicesPanel';

export interface SummaryCardProps {
  article: Article;
  analysis: Analysis;
  summary: Summary;
  /** Who is speaking, for "Copy summary"; null while not read yet (then the copy leaves it out). */
  voices?: VoiceGroups | null;
  /** What each money figure is worth in the reader's currency, by its first mention. */
  conversions: ReadonlyMap<number, string>;
  locale?: string;
  timeZone?: string;
  /** Scrolls the page to a mention; resolves to whether the page could show it. */
  onShow: (mention: number) => Promise<boolean>;
  /** Puts text on the clipboard; resolves to whether it worked. */
  onCopy: (text: string) => Promise<boolean>;
  /** This article's entities the reader met in other articles (the reading log), by entity key. */
  metBefore?: Readonly<Record<string, AlsoIn>>;
  /** The Chinese names of the article's places, by entity name (issue 24). */
  native?: Readonly<Record<string, NativeLookup>>;
}

type Note = { text: string; kind: 'ok' | 'problem' } | null;

/** Chips shown before "N more": enough to name the main actors, few enough to keep the card short. */
const SHOWN = 5;

/** Key points, who and where, key figures, copy as Markdown. */
export function SummaryCard(props: SummaryCardProps) {
  const { article, summary } = props;
  const t = i18n.t;
  const [clicks, setClicks] = useState<Record<string, number>>({});
  const [note, setNote] = useState<Note>(null);

  // First click: the first mention; each further click: the next one, round again.
  async function show(key: string, mentions: number[]) {
    const n = clicks[key] ?? 0;
    setClicks({ ...clicks, [key]: n + 1 });
    const shown = await props.onShow(mentions[n % mentions.length]!);
    setNote(shown ? null : { text: t('cannotShow'), kind: 'problem' });
  }

  async function copy() {
    const time = article.published ? formatPublished(article.published, props.locale, props.timeZone) : null;
    const markdown = summaryMarkdown(
      article,
      summary,
      time ? t('beijingTime', [time.beijing]) : null,
      {
        keyPoints: t('keyPoints'),
        whoAndWhere: t('whoAndWhere'),
        keyFigures: t('keyFigures'),
        people: t('people'),
        organizations: t('organizations'),
        places: t('places'),
        byline: (names) => t('byline', [names]),
      },
      props.voices ? { heading: t('tabVoices'), lines: voicesMarkdown(props.voices, localVoiceWords()) } : undefined,
    );
    const ok = await props.onCopy(markdown);
    setNote(ok ? { text: t('copied'), kind: 'ok' } : { text: t('copyFailed'), kind: 'problem' });
  }

  const hasEntities = summary.people.length + summary.organizations.length + summary.places.length > 0;
  return (
    <div class="summary">
      {summary.keyPoints.length > 0 && (
        <section class="group" aria-labelledby="key-points">
          <h2 id="key-points">{t('keyPoints')}</h2>
          <ol class="key-points">
            {summary.keyPoints.map((s) => (
              <li key={`${s.paragraph}:${s.start}`}>{s.text}</li>
            ))}
          </ol>
        </section>
      )}
      {hasEntities && (
        <section class="group" aria-labelledby="who-where">
          <h2 id="who-where">{t('whoAndWhere')}</h2>
          <EntityList id="people" title={t('people')} list={summary.people} onPick={show} met={props.metBefore} />
          <EntityList
            id="organizations"
            title={t('organizations')}
            list={summary.organizations}
            onPick={show}
            met={props.metBefore}
          />
          <EntityList
            id="places"
            title={t('places')}
            list={summary.places}
            onPick={show}
            met={props.metBefore}
            native={props.native}
          />
        </section>
      )}
      {summary.figures.length > 0 && (
        <section class="group" aria-labelledby="key-figures">
          <h2 id="key-figures">{t('keyFigures')}</h2>
          <ul class="figures">
            {summary.figures.map((f) => (
              <Figure key={f.text + f.mentions[0]} figure={f} {...props} onPick={show} />
            ))}
          </ul>
        </section>
      )}
      <div class="copy-row">
        <button type="button" class="button" onClick={copy}>
          {t('copySummary')}
        </button>
        <p class={`note ${note?.kind ?? ''}`} role="status">
          {note?.text ?? ''}
        </p>
      </div>
    </div>
  );
}

type Pick = (key: string, mentions: number[]) => void;

/** "in 2 articles you read before", beside an entity's chip (outside it: the chip's name stays its own). */
function MetBefore({ seen }: { seen: AlsoIn | undefined }) {
  return seen ? <span class="chip-met">{i18n.t('alsoInArticles', seen.count, [String(seen.count)])}</span> : null;
}

/** A Chinese place's own name under its chip: "绍兴市 Shàoxīng, Prefecture-level city in 浙江省 Zhèjiāng". */
function NativeName({ lookup }: { lookup: NativeLookup | undefined }) {
  if (!lookup) return null;
  if (!('found' in lookup)) return <span class="chip-native">{chipNative(lookup)}</span>;
  const { found } = lookup;
  return (
    <span class="chip-native">
      <span lang="zh-Hans">{found.name}</span> {found.pinyin}, {nativeLine(found).where}
    </span>
  );
}

/** One kind of entity as chips: the first few, then "N more" that shows the rest. */
interface EntityListProps {
  id: string;
  title: string;
  list: RankedEntity[];
  onPick: Pick;
  met: Readonly<Record<string, AlsoIn>> | undefined;
  native?: Readonly<Record<string, NativeLookup>>;
}

function EntityList({ id, title, list, onPick, met, native }: EntityListProps) {
  const [open, setOpen] = useState(false);
  if (list.length === 0) return null;
  const hidden = list.length - SHOWN;
  // One more chip is no shorter than the button that would hide it.
  const shown = open || hidden <= 1 ? list : list.slice(0, SHOWN);
  return (
    <section class="entities" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {title} <span class="count">{list.length}</span>
      </h3>
      <ul class="chips" id={`${id}-chips`}>
        {shown.map((e) => (
          <li key={e.id} class="chip-item">
            <button
              type="button"
              class="chip"
              data-label={e.type}
              aria-label={i18n.t('chipName', e.count, [e.name, String(e.count)])}
              onClick={() => onPick(e.id, e.mentions)}
            >
              {e.name} <span class="count">{e.count}</span>
            </button>
            {e.type === 'PERSON' && e.role && <span class="chip-role">{e.role}</span>}
            <NativeName lookup={e.type === 'PLACE' ? native?.[e.name] : undefined} />
            <MetBefore seen={met?.[entityKey(e.type, e.name)]} />
          </li>
        ))}
        {hidden > 1 && (
          <li>
            <button
              type="button"
              class="chip more"
              aria-expanded={open}
              aria-controls={`${id}-chips`}
              onClick={() => setOpen(!open)}
            >
              {open ? i18n.t('showFewer') : i18n.t('showMore', hidden)}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}

/** A figure as written, what it resolves to (a date's day, an amount's conversion, "30,000 mu" in hectares), and its context. */
function Figure(props: SummaryCardProps & { figure: KeyFigure; onPick: Pick }) {
  const { figure: f, analysis, locale, conversions } = props;
  const mention = analysis.mentions[f.mentions[0]!];
  const lines = f.type !== 'MONEY' && mention ? figureLines(mention, locale, interfaceValueWords()) : null;
  const resolved = f.type === 'MONEY' ? conversions.get(f.mentions[0]!) : lines && (lines.conversion ?? lines.value);
  return (
    <li>
      <button
        type="button"
        class="figure"
        data-label={f.type}
        title={f.sentence}
        onClick={() => props.onPick(`figure:${f.mentions[0]}`, f.mentions)}
      >
        <span class="figure-text">{f.text}</span>
        {resolved && resolved !== f.text && (
          <span class="figure-value" data-testid="figure-value">
            {resolved}
          </span>
        )}
        {f.context && <span class="figure-context">{f.context}</span>}
      </button>
    </li>
  );
}
