/**
 * The entity pass decides each run once and replays that decision when the registry still
 * answers its lookups the same way: on real articles this must give exactly what deciding every
 * run again (the former second pass) gives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { Registry } from '@/utils/analysis/registry';
import { labelledSet } from '../../../scripts/labelled-sets';

const articles = [...labelledSet('dev-set'), ...labelledSet('dev-set-2')];
const withoutReasons = (input: (typeof articles)[number]) =>
  analyze(input, { explain: true }).mentions.map(({ reason: _, ...m }) => m);

describe('replayed decisions', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('give the mentions that deciding every run again gives', () => {
    const replay = vi.spyOn(Registry.prototype, 'replay');
    const replayed = articles.map(withoutReasons);
    expect(replay.mock.results.some((r) => r.value === true)).toBe(true);
    replay.mockReturnValue(false);
    expect(articles.map(withoutReasons)).toEqual(replayed);
  });

  it('leave no trace when a lookup answers differently, reasons included', () => {
    const record = new Registry();
    record.log = [];
    record.add(
      { type: 'PERSON', start: 0, end: 16, name: 'Gilberto Teodoro', reason: 'first-name' },
      'Gilberto Teodoro',
    );
    record.typeOf('Zhejiang');
    const events = record.log;
    record.log = null;

    const same = new Registry();
    expect(same.replay(events)).toBe(true);
    expect(same.shortForm('Teodoro')).toEqual({ type: 'PERSON', name: 'Gilberto Teodoro', reason: 'short-form' });
    expect(same.reasonOf('Gilberto Teodoro')).toBe('first-name');

    const changed = new Registry();
    changed.add({ type: 'PLACE', start: 0, end: 8, name: 'Zhejiang', reason: 'place-head' }, 'Zhejiang');
    // The add replays, then the lookup of "Zhejiang" answers differently: the add is undone.
    expect(changed.replay(events)).toBe(false);
    expect(changed.shortForm('Teodoro')).toBeUndefined();
    expect(changed.typeOf('Gilberto Teodoro')).toBeUndefined();
    expect(changed.reasonOf('Gilberto Teodoro')).toBeUndefined();
    expect(changed.reasonOf('Zhejiang')).toBe('place-head');
  });

  it('replay every kind of lookup and change the registry declares', () => {
    const record = new Registry();
    record.log = [];
    record.addVessel('Qilan');
    record.alias('LRA', { type: 'ORG', name: 'Lanshui River Authority', reason: 'acronym-alias' });
    const changes = record.log;
    record.log = [];
    record.isVessel('Qilan');
    record.shortForm('LRA');
    record.typeOf('Qilan');
    const lookups = record.log;
    record.log = null;

    const fresh = new Registry();
    // Each lookup answers differently in a registry without those changes.
    expect(fresh.replay(lookups.slice(0, 3))).toBe(false);
    expect(fresh.replay(lookups.slice(3, 6))).toBe(false);
    expect(fresh.replay(changes)).toBe(true);
    expect(fresh.replay(lookups)).toBe(true);
    expect(fresh.isVessel('Qilan')).toBe(true);
  });
});
