import { describe, expect, it } from 'vitest';
import { WIKIDATA_ORIGIN } from '@/utils/lookup/wikidata';
import { isRequest, isResponse } from '@/utils/messaging/messages';
import config from '@/wxt.config';

const identity = {
  id: 'Q9001',
  label: 'Lin Weiming',
  description: null,
  zhName: '林为民',
  positions: [{ id: 'Q8001', label: 'mayor', zhLabel: null, start: '2016', end: null }],
  enwiki: null,
  zhwiki: null,
};

describe("the 'look-up-identity' message", () => {
  it.each([
    [{ type: 'look-up-identity', key: 'PERSON|Lin Weiming', name: 'Lin Weiming', next: false }, true],
    [{ type: 'look-up-identity', key: 'PERSON|Lin Weiming', name: 'Lin Weiming', next: 'yes' }, false],
    [{ type: 'look-up-identity', key: 'PERSON|Lin Weiming', name: '', next: false }, false],
    [{ type: 'look-up-identity', key: 'k', name: 'x'.repeat(201), next: false }, false],
    [{ type: 'look-up-identity', key: 'k', name: 'Lin', next: false, url: 'https://x' }, false],
    [{ type: 'open-lookup-settings' }, true],
    [{ type: 'open-lookup-settings', now: true }, false],
  ])('isRequest(%j) is %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it.each([
    [{ ok: true, candidate: 0, candidates: 1, identity }, true],
    [{ ok: false, code: 'no-permission' }, true],
    [{ ok: false, code: 'forbidden' }, false],
    [{ ok: false, code: 'timeout', message: 'x' }, false],
    [{ ok: true, candidate: 0, candidates: 1, identity: { ...identity, positions: [{ id: 'Q1' }] } }, false],
    [{ ok: true, candidate: 0.5, candidates: 1, identity }, false],
    [{ ok: true, candidate: 0, candidates: 1, identity: { ...identity, zhName: 3 } }, false],
    [null, false],
  ])('isResponse(look-up-identity, %j) is %s', (reply, ok) => {
    expect(isResponse('look-up-identity', reply)).toBe(ok);
  });
});

describe('the Wikidata host is optional in both builds', () => {
  type Manifest = Record<string, string[] | undefined>;
  const manifest = (browser: string) =>
    (config.manifest as (env: { browser: string; manifestVersion: number }) => Manifest)({
      browser,
      manifestVersion: browser === 'firefox' ? 2 : 3,
    });

  it('Chrome: optional_host_permissions, never a required host', () => {
    const chrome = manifest('chrome');
    expect(chrome.optional_host_permissions).toEqual([WIKIDATA_ORIGIN]);
    expect(chrome.host_permissions).not.toContain(WIKIDATA_ORIGIN);
    expect(chrome.permissions).toEqual(['storage']);
  });

  it('Firefox: optional_permissions, never a required one', () => {
    const firefox = manifest('firefox');
    expect(firefox.optional_permissions).toEqual([WIKIDATA_ORIGIN]);
    expect([...(firefox.host_permissions ?? []), ...(firefox.permissions ?? [])]).not.toContain(WIKIDATA_ORIGIN);
  });
});
