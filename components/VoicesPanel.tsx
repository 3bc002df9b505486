/**
 * The popup's Voices tab (issue 22): a one-line tally of the article's sources, then each source
 * by kind with its role, its number of statements and the opening words of its first; choosing
 * one shows its statements in the page, one after the other.
 */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AttributionKind } from '@/utils/analysis/types';
import {
  tallyLine,
  VOICE_KINDS,
  type Voice,
  type VoiceGroups,
  type VoiceWords,
  voiceTally,
} from '@/utils/summary/voices';

/** The tally's and the copied voices' words in the interface language. */
export function localVoiceWords(): VoiceWords {
  const t = i18n.t;
  return {
    sources: (n) => t('voicesSources', n, [String(n)]),
    kinds: {
      person: (n) => t('voicesPeople', n, [String(n)]),
      organization: (n) => t('voicesOrganizations', n, [String(n)]),
      state: (n) => t('voicesStates', n, [String(n)]),
      unnamed: (n) => t('voicesUnnamed', n, [String(n)]),
    },
    statements: (n) => t('voicesStatements', n, [String(n)]),
  };
}

const KIND_TITLES: Record<AttributionKind, () => string> = {
  person: () => i18n.t('voicesKindPerson'),
  organization: () => i18n.t('voicesKindOrganization'),
  state: () => i18n.t('voicesKindState'),
  unnamed: () => i18n.t('voicesKindUnnamed'),
};

export interface VoicesPanelProps {
  /** Null while who is speaking is still being read (Chrome reads it after the marks). */
  voices: VoiceGroups | null;
  /** Scrolls the page to a mention; resolves to whether the page could show it. */
  onShow: (mention: number) => Promise<boolean>;
}

export function VoicesPanel({ voices, onShow }: VoicesPanelProps) {
  const t = i18n.t;
  const [clicks, setClicks] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState(false);
  if (!voices)
    return (
      <p class="voices-reading" role="status">
        {t('voicesReading')}
      </p>
    );
  const tally = voiceTally(voices);
  if (tally.total === 0) return <p class="voices-none">{t('voicesNone')}</p>;

  // First click: the first statement; each further click: the next one, round again.
  async function show(voice: Voice) {
    const n = clicks[voice.key] ?? 0;
    setClicks({ ...clicks, [voice.key]: n + 1 });
    const mention = voice.mentions[n % voice.mentions.length];
    setProblem(!(mention != null && (await onShow(mention))));
  }

  return (
    <section class="group voices" aria-labelledby="voices-title">
      <h2 id="voices-title">{t('voicesTitle')}</h2>
      <p class="voices-tally" data-testid="voices-tally">
        {tallyLine(tally, localVoiceWords())}
      </p>
      {VOICE_KINDS.filter((kind) => voices[kind].length > 0).map((kind) => (
        <section key={kind} class="voice-kind" aria-labelledby={`voices-${kind}`}>
          <h3 id={`voices-${kind}`}>
            {KIND_TITLES[kind]()} <span class="count">{voices[kind].length}</span>
          </h3>
          <ul class="voice-list">
            {voices[kind].map((v) => (
              <li key={v.key}>
                <button type="button" class="voice" data-kind={kind} onClick={() => show(v)}>
                  <span class="voice-name">
                    {v.source}
                    {v.role ? ',' : ''}
                  </span>{' '}
                  {v.role && <span class="voice-role">{v.role}</span>}{' '}
                  <span class="voice-count">
                    {t('voicesStatements', v.paragraphs.length, [String(v.paragraphs.length)])}
                  </span>
                  <span class="voice-opening">“{v.opening}”</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="note problem" role="status">
        {problem ? t('cannotShow') : ''}
      </p>
    </section>
  );
}
