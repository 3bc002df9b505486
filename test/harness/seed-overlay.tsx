/**
 * The component tests' page: a whole fixture page written into this test's document, and the
 * seed annotated there with the overlay on it (happy-dom).
 */
import { act, render } from '@testing-library/preact';
import { vi } from 'vitest';
import { Overlay, type OverlayProps } from '@/components/Overlay';
import type { CardLookups } from '@/components/useMentionCard';
import type { Analyzer } from '@/utils/page/annotation-pipeline';
import { analyzeInPage } from '@/utils/page/annotation-pipeline';
import { PageAnnotator } from '@/utils/page/page-annotator';
import type { PageCommand } from '@/utils/page/page-commands';
import { loadFixtures } from './fixtures';

/** Writes a whole page (doctype and `<html>` included) into this test's document. */
export function writeDocument(html: string): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

export const SEED = loadFixtures().find((f) => f.name === 'seed-legacy')!;

export interface SeedOverlayOptions {
  /** The engine: the page's own (Chrome's, no roles or statements) unless given. */
  analyze?: Analyzer;
  /** The article's place on screen. */
  column?: { left: number; right: number };
  startCollapsed?: boolean;
  /** happy-dom's events are all synthetic: they stand in for the reader's, except where a test says not. */
  fromReader?: OverlayProps['fromReader'];
  lookups?: Partial<CardLookups>;
  editsFrame?: OverlayProps['editsFrame'];
  /** Whether the legend's Voices switch is stored (a save for it is given). */
  saveVoices?: boolean;
}

/** The seed annotated in this document with the overlay on it; `command` runs a browser command. */
export async function overlayOnSeed(options: SeedOverlayOptions = {}) {
  const { analyze = analyzeInPage, column = { left: 200, right: 900 }, startCollapsed = false } = options;
  writeDocument(SEED.html);
  const annotator = new PageAnnotator(document, SEED.expected.url, { highlights: true, hidden: new Set() }, analyze);
  await annotator.start();
  const body = annotator.container as HTMLElement;
  body.getBoundingClientRect = () => ({ ...column, top: 0, bottom: 2000 }) as DOMRect;
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 1366, configurable: true });
  const commands: ((c: PageCommand) => void)[] = [];
  const stored = async () => true;
  const save = {
    highlights: vi.fn(stored),
    hidden: vi.fn(stored),
    collapsed: vi.fn(stored),
    ...(options.saveVoices ? { voices: vi.fn(stored) } : {}),
  };
  const host = document.createElement('div');
  document.body.appendChild(host);
  render(
    <Overlay
      page={annotator}
      doc={document}
      startCollapsed={startCollapsed}
      save={save}
      lookups={{ convert: async () => null, memoryFrame: () => null, ...options.lookups }}
      editsFrame={options.editsFrame}
      fromReader={options.fromReader ?? (() => true)}
      onCommand={(run) => {
        commands.push(run);
        return () => {};
      }}
    />,
    { container: host },
  );
  return {
    annotator,
    save,
    command: (c: PageCommand) =>
      act(() => {
        for (const run of commands) run(c);
      }),
  };
}
