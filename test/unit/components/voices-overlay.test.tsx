// @vitest-environment happy-dom
/**
 * Who speaks on the page, from the overlay (issue 22): the legend's "Voices" switch (stored like
 * the labels), the keyboard commands that step from one statement to the next, and a person's
 * card with their statements and a way through them. The seed: two statements by Ma Weiguang.
 */
import { type screen as bodyScreen, cleanup, fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import type { PageAnnotator } from '@/utils/page/page-annotator';
import { cuesIn } from '@/utils/page/voice-cues';
import { overlayOnSeed } from '../../harness/seed-overlay';

afterEach(cleanup);
// The body of the moment: each test writes the document anew.
const screen = {
  getByRole: (...a: Parameters<typeof bodyScreen.getByRole>) => within(document.body).getByRole(...a),
};
let annotator: PageAnnotator | null = null;
afterEach(() => annotator?.destroy());

/** The seed with the background's whole reading (who speaks), the overlay on it, Voices stored. */
async function overlay() {
  const mounted = await overlayOnSeed({ analyze: async (input) => analyze(input), saveVoices: true });
  annotator = mounted.annotator;
  return mounted;
}

describe('Voices on the page, from the overlay', () => {
  it('switches the cues off and on from the legend, and stores the choice', async () => {
    const { save } = await overlay();
    const voices = screen.getByRole('checkbox', { name: /^Voices\s*2$/ });
    expect(voices).toHaveProperty('checked', true);
    expect(cuesIn(document)).toHaveLength(2);
    fireEvent.click(voices);
    await waitFor(() => expect(save.voices).toHaveBeenCalledWith(false));
    expect(cuesIn(document)).toHaveLength(0);
    expect(screen.getByRole('checkbox', { name: /^Voices/ })).toHaveProperty('checked', false);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Voices/ }));
    await waitFor(() => expect(save.voices).toHaveBeenLastCalledWith(true));
    expect(cuesIn(document)).toHaveLength(2);
  });

  it('steps to the next statement by keyboard command and says whose it is', async () => {
    const { command } = await overlay();
    // Previous from nowhere: the last statement.
    await command('previous-statement');
    expect(screen.getByRole('status').textContent).toBe('Statement 2 of 2: Ma Weiguang, “disclosed”');
    await command('next-statement');
    expect(screen.getByRole('status').textContent).toBe('Statement 1 of 2: Ma Weiguang, “said”');
    await command('next-statement');
    expect(screen.getByRole('status').textContent).toBe('Statement 2 of 2: Ma Weiguang, “disclosed”');
    expect(document.querySelector('.gt-lens-cue-shown')?.textContent).toBe('disclosed');
    await command('previous-statement');
    await command('previous-statement');
    expect(screen.getByRole('status').textContent).toBe('Statement 2 of 2: Ma Weiguang, “disclosed”');
  });

  it("gives Ma Weiguang's card his two statements, the first one's opening words, and steps through them", async () => {
    const { annotator } = await overlay();
    const ma = annotator.analysis!.entities.find((e) => e.name === 'Ma Weiguang')!;
    const mark = annotator.marksOf({ entity: ma.id })[0]!;
    fireEvent.mouseOver(mark);
    const card = screen.getByRole('tooltip');
    expect(card.textContent).toContain('2 statements in this article');
    expect(card.textContent).toMatch(/First: “[^”]+”/);
    expect(mark.getAttribute('aria-description')).toContain('2 statements in this article');
    fireEvent.click(within(card).getByRole('button', { name: 'Next statement' }));
    expect(screen.getByRole('tooltip').textContent).toContain('Statement 1 of 2');
    fireEvent.click(within(screen.getByRole('tooltip')).getByRole('button', { name: 'Next statement' }));
    expect(screen.getByRole('tooltip').textContent).toContain('Statement 2 of 2');
    expect(document.querySelector('.gt-lens-cue-shown')?.textContent).toBe('disclosed');
  });
});
