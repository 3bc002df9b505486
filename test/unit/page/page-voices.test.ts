// @vitest-environment happy-dom
/**
 * Who speaks on the page (issue 22): each statement's cue marked with who speaks, placed after the
 * highlights and taken away with them, the "Voices" switch, stepping through the statements, an
 * entity's statements for its card. The seed has two statements by Ma Weiguang ("said", "disclosed").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type AnalysisInput, analyze } from '@/utils/analysis/analyze';
import { analyzeInPage } from '@/utils/page/annotation-pipeline';
import { marksIn } from '@/utils/page/highlighter';
import { PageAnnotator } from '@/utils/page/page-annotator';
import { CUE_SHOWN_CLASS, cuesIn, statementOpening } from '@/utils/page/voice-cues';
import { loadFixtures } from '../../harness/fixtures';
import { writeDocument } from '../../harness/seed-overlay';
import { useLocale } from '../locales/use-locale';

const seed = loadFixtures().find((f) => f.name === 'seed-legacy')!;

/** The background's whole analysis (who is speaking too), as Firefox's content script gets it. */
const analyzeWhole = async (input: AnalysisInput) => analyze(input);

let annotator: PageAnnotator | null = null;
afterEach(() => annotator?.destroy());

async function annotateSeed(options: { voices?: boolean; whole?: boolean } = {}) {
  writeDocument(seed.html);
  const container = document.querySelector('.row-content, .article_right')!;
  const original = container.innerHTML;
  const { voices = true, whole = true } = options;
  annotator = new PageAnnotator(
    document,
    seed.expected.url,
    { highlights: true, hidden: new Set(), voices },
    whole ? analyzeWhole : analyzeInPage,
  );
  await annotator.start();
  return { annotator, container, original };
}

const cueTexts = () => cuesIn(document).map((c) => c.textContent);

describe('who speaks on the page', () => {
  it("marks the seed's two cues with Ma Weiguang, and a screen reader hears whose statement it is", async () => {
    const { annotator, container } = await annotateSeed();
    expect(annotator.statementCount()).toBe(2);
    expect(cueTexts()).toEqual(['said', 'disclosed']);
    const cues = cuesIn(container);
    expect(cues.map((c) => c.dataset.gtlSource)).toEqual(['Ma Weiguang', 'Ma Weiguang']);
    expect(cues[0]!.getAttribute('aria-description')).toBe(
      'statement by Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee',
    );
    expect(cues[0]!.tabIndex).toBe(-1);
    expect(document.getElementById('gt-lens-mark-style')?.textContent).toContain('mark.gt-lens-cue[data-gtl-source]');
    // The highlights stay as they were: the cues are beside them, not among them.
    expect(marksIn(container).some((m) => m.classList.contains('gt-lens-cue'))).toBe(false);
  });

  it('places the cues once the background sent the statements (Chrome reads them after the marks)', async () => {
    const { annotator } = await annotateSeed({ whole: false });
    expect(cueTexts()).toEqual([]);
    const state = annotator.state;
    if (state.state !== 'article') throw new Error('not an article');
    const { title, published, paragraphs } = {
      title: state.article.title,
      published: state.article.published,
      paragraphs: state.article.paragraphs.map((p) => p.text),
    };
    annotator.addReading(analyze({ title, published, paragraphs }));
    for (let i = 0; i < 400 && cueTexts().length < 2; i++) await new Promise((r) => setTimeout(r, 5));
    expect(cueTexts()).toEqual(['said', 'disclosed']);
  });

  it('takes the cues away with the Voices switch and with the highlights, leaving the text as it was', async () => {
    const { annotator, container, original } = await annotateSeed();
    await annotator.setVoices(false);
    expect(cueTexts()).toEqual([]);
    expect(annotator.stepStatement(1)).toBeNull();
    await annotator.setVoices(true);
    expect(cueTexts()).toEqual(['said', 'disclosed']);
    await annotator.setHighlights(false);
    expect(cueTexts()).toEqual([]);
    expect(container.innerHTML).toBe(original);
    await annotator.setHighlights(true);
    expect(cueTexts()).toEqual(['said', 'disclosed']);
    annotator.destroy();
    expect(container.innerHTML).toBe(original);
    expect(document.getElementById('gt-lens-mark-style')).toBeNull();
  });

  it('starts without cues when the reader turned Voices off', async () => {
    const { annotator } = await annotateSeed({ voices: false });
    expect(annotator.voices).toBe(false);
    expect(cueTexts()).toEqual([]);
  });

  it("steps from one statement to the next and around, showing each one's speaker", async () => {
    const { annotator } = await annotateSeed();
    const first = annotator.stepStatement(1)!;
    expect([first.position, first.total, first.cue.textContent, first.voice.name]).toEqual([
      1,
      2,
      'said',
      'Ma Weiguang',
    ]);
    expect(first.cue.classList.contains(CUE_SHOWN_CLASS)).toBe(true);
    const second = annotator.stepStatement(1)!;
    expect([second.position, second.cue.textContent]).toEqual([2, 'disclosed']);
    expect(first.cue.classList.contains(CUE_SHOWN_CLASS)).toBe(false);
    expect(annotator.stepStatement(1)!.position).toBe(1);
    expect(annotator.stepStatement(-1)!.cue.textContent).toBe('disclosed');
  });

  it("gives a person's card their statements: how many, the first one's opening words, and a way through them", async () => {
    const { annotator } = await annotateSeed();
    const ma = annotator.analysis!.entities.find((e) => e.name === 'Ma Weiguang')!;
    const said = annotator.statementsOf(ma.id)!;
    expect(said.count).toBe(2);
    expect(said.opening).toMatch(/^\S/);
    expect(said.opening.split(' ').length).toBeLessThanOrEqual(10);
    expect(annotator.stepStatement(1, ma.id)!.position).toBe(1);
    expect(annotator.stepStatement(1, ma.id)!.cue.textContent).toBe('disclosed');
    const other = annotator.analysis!.entities.find((e) => e.type === 'ORG')!;
    expect(annotator.statementsOf(other.id)).toBeNull();
  });
});

describe('statementOpening', () => {
  it('takes the sentence around the cue, cut to its first words', () => {
    const text =
      'The bridge opened on Monday. Officials said it cost less than planned, a city report showed. More later.';
    expect(statementOpening(text, text.indexOf('said'))).toBe(
      'Officials said it cost less than planned, a city report…',
    );
    expect(statementOpening(text, text.indexOf('said'), 20)).toBe(
      'Officials said it cost less than planned, a city report showed.',
    );
    expect(statementOpening('Short one, he said', 12)).toBe('Short one, he said');
  });

  it('speaks Chinese in a Chinese browser', async () => {
    await useLocale('zh_CN');
    const { statementVoice } = await import('@/utils/page/voice-cues');
    const voice = statementVoice({ mentions: [], entities: [] }, {
      source: 'Chinese experts',
      kind: 'unnamed',
    } as Parameters<typeof statementVoice>[1]);
    expect(voice.description).toBe('Chinese experts 的表述');
    await useLocale('en');
  });
});
