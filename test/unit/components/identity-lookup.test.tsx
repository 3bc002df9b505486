// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdentityLookup } from '@/components/IdentityLookup';
import { LookupSettings, type LookupStore } from '@/components/LookupSettings';
import { MentionCard } from '@/components/MentionCard';
import { cardLookup } from '@/components/Overlay';
import type { Entity, Mention } from '@/utils/analysis/types';
import { lookupFrameUrl, lookupQueryOf } from '@/utils/lookup/lookup-frame';
import type { LookupResult } from '@/utils/lookup/wikidata';
import { cardContent } from '@/utils/page/card-content';
import type { Setting } from '@/utils/settings';
import { useLocale } from '../locales/use-locale';

afterEach(cleanup);

// A made-up official, as the background would answer for him.
const found: LookupResult = {
  ok: true,
  candidate: 0,
  candidates: 2,
  identity: {
    id: 'Q9001',
    label: 'Lin Weiming',
    description: 'Chinese politician',
    zhName: '林为民',
    positions: [{ id: 'Q8001', label: 'mayor of Example City', zhLabel: '示例市市长', start: '2016-05', end: '2021' }],
    enwiki: 'https://en.wikipedia.org/wiki/Lin_Weiming',
    zhwiki: 'https://zh.wikipedia.org/wiki/%E6%9E%97%E4%B8%BA%E6%B0%91',
  },
};
const person: Mention = { type: 'PERSON', text: 'Lin', paragraph: 0, start: 0, end: 3, value: null, entity: 'p' };
const entity: Entity = { id: 'p', type: 'PERSON', name: 'Lin Weiming', mentions: [0], salience: 1 };
const base = { anchor: { top: 100, bottom: 120, left: 40 }, viewport: { width: 1200, height: 900 } };

/** The look-up as its frame (entrypoints/lookup) shows it for a person's card. */
function card(answers: LookupResult[], who: Entity = entity) {
  const run = vi.fn(async (_next: boolean) => answers.shift()!);
  const openSettings = vi.fn();
  render(<IdentityLookup name={who.name} run={run} openSettings={openSettings} />);
  return { run, openSettings };
}

describe('Look up in a person’s card', () => {
  it('asks only on the click, then shows who it is, the Chinese name, positions and both Wikipedias', async () => {
    const { run } = card([found, { ...found, candidate: 1, identity: { ...found.identity, id: 'Q9002' } }]);
    expect(run).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    await screen.findByText('Chinese politician');
    expect(run).toHaveBeenCalledWith(false);
    expect(screen.getByText('林为民').getAttribute('lang')).toBe('zh-Hans');
    expect(screen.getByRole('list', { name: 'Positions held' }).textContent).toBe(
      'mayor of Example City (示例市市长), 2016-05 – 2021',
    );
    expect(screen.getByRole('link', { name: 'English Wikipedia' }).getAttribute('href')).toBe(found.identity.enwiki);
    expect(screen.getByRole('link', { name: 'Chinese Wikipedia' }).getAttribute('href')).toBe(found.identity.zhwiki);
    expect(screen.getByText(/From Wikidata, entry 1 of 2\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not this one' }));
    await screen.findByText(/entry 2 of 2/);
    expect(run).toHaveBeenLastCalledWith(true);
  });

  it('without the permission: says what would be sent, opens the settings, and offers plain searches', async () => {
    const { openSettings } = card([{ ok: false, code: 'no-permission' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    await screen.findByText(/send this name to Wikidata/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow in settings' }));
    expect(openSettings).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Search Wikipedia' }).getAttribute('href')).toBe(
      'https://en.wikipedia.org/w/index.php?search=Lin+Weiming',
    );
    expect(screen.getByRole('link', { name: 'Search Baidu Baike' }).getAttribute('href')).toBe(
      'https://baike.baidu.com/search?word=Lin+Weiming',
    );
  });

  it.each([
    ['no-match', 'Wikidata has no entry for this name.'],
    ['timeout', 'Wikidata did not answer in time. Try again later.'],
    ['malformed', 'Wikidata answered in a form GT Lens does not understand.'],
    ['off', 'Look-ups are turned off in the settings.'],
  ] as const)('%s: a clear message and the plain searches', async (code, message) => {
    card([{ ok: false, code }]);
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    expect((await screen.findByRole('status')).textContent).toBe(message);
    expect(screen.getByRole('link', { name: 'Search Baidu Baike' })).toBeTruthy();
  });

  it('asks at once in a frame the reader opened with the card’s Look up', async () => {
    const run = vi.fn(async () => found);
    render(<IdentityLookup name={entity.name} run={run} openSettings={() => {}} start />);
    await screen.findByRole('button', { name: 'Not this one' });
    expect(run).toHaveBeenCalledWith(false);
  });

  it('turned off in the settings: no Look up, the plain searches only', () => {
    const run = vi.fn();
    render(<IdentityLookup name={entity.name} run={run} openSettings={() => {}} offered={false} />);
    expect(screen.queryByRole('button', { name: 'Look up' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Search Wikipedia' })).toBeTruthy();
    expect(run).not.toHaveBeenCalled();
  });

  it('is a frame of the extension’s own in a person’s card, and not offered on a place’s card', () => {
    const identityFrame = vi.fn((q: { type: 'PERSON' | 'ORG'; name: string }) => lookupFrameUrl('ext:/lookup.html', q));
    const lookups = { convert: async () => null, memoryFrame: () => null, identityFrame };
    const src = cardLookup(lookups, cardContent(0, person, entity))!;
    expect(lookupQueryOf(new URL(src).hash)).toEqual({ type: 'PERSON', name: 'Lin Weiming', go: false });
    render(<MentionCard {...base} content={cardContent(0, person, entity)} lookupFrame={src} />);
    // Only the button is the page's: the frame, in its place once clicked, asks at once.
    expect(screen.queryByTitle('Who this is, from Wikidata')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Look up' }));
    const frame = screen.getByTitle('Who this is, from Wikidata');
    expect(frame.getAttribute('src')).toBe(`${src}&go=1`);
    expect(lookupQueryOf(new URL(frame.getAttribute('src')!).hash)?.go).toBe(true);
    expect(screen.queryByRole('button', { name: 'Look up' })).toBeNull();
    const place: Mention = { ...person, type: 'PLACE', text: 'Shaoxing', entity: 'x' };
    expect(
      cardLookup(lookups, cardContent(0, place, { ...entity, id: 'x', type: 'PLACE', name: 'Shaoxing' })),
    ).toBeNull();
    expect(lookupQueryOf('#t=PLACE&n=Shaoxing')).toBeNull();
    expect(lookupQueryOf('#t=PERSON')).toBeNull();
  });

  it('speaks Chinese in a Chinese browser', async () => {
    await useLocale('zh_CN');
    card([found]);
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    await screen.findByRole('button', { name: '不是这个' });
  });
});

function setting(value: boolean): Setting<boolean> & { set: ReturnType<typeof vi.fn> } {
  const set = vi.fn(async () => {});
  return { key: 'k', fallback: true, getValue: async () => value, setValue: set, set, watch: () => () => {} };
}

describe('the look-up settings', () => {
  it('asks the browser for the Wikidata host on the reader’s click, and gives it back', async () => {
    const on = setting(true);
    const store: LookupStore = {
      on,
      permitted: vi.fn(async () => false),
      request: vi.fn(async () => true),
      revoke: vi.fn(async () => true),
    };
    render(<LookupSettings store={store} />);
    await screen.findByText('The browser has not allowed GT Lens to reach Wikidata.');
    expect(store.request).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Allow Wikidata look-ups' }));
    await screen.findByText('Wikidata look-ups are allowed.');
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw the permission' }));
    await screen.findByText('The browser has not allowed GT Lens to reach Wikidata.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Offer Look up in the cards' }));
    await waitFor(() => expect(on.set).toHaveBeenCalledWith(false));
    expect(screen.queryByRole('button', { name: 'Allow Wikidata look-ups' })).toBeNull();
  });
});
