import { describe, expect, it } from 'vitest';
import {
  type ArticleVersion,
  addReading,
  type EditsReply,
  editNotice,
  editsReply,
  isArticleText,
  isArticleTexts,
  isEditsReply,
  MAX_VERSIONS,
  TEXT_LIMITS,
} from '@/utils/memory/article-versions';
import { editsFrameUrl, editsQueryOf } from '@/utils/memory/edits-frame';

const TEXT = {
  title: 'Harbor town opens a ferry to the outer islands',
  paragraphs: [
    'A harbor town said on Monday it would run a daily ferry to the outer islands from June.',
    'The boats carry 120 people and take about 40 minutes, the office said.',
  ],
};
const EDITED = {
  title: 'Harbor town delays its ferry to the outer islands',
  paragraphs: [TEXT.paragraphs[0]!, 'The boats carry 150 people and take about 40 minutes, the office said.'],
};
const DAY1 = '2026-12-01T09:00:00.000Z';
const DAY2 = '2026-12-03T09:00:00.000Z';
const DAY3 = '2026-12-06T09:00:00.000Z';

describe('addReading', () => {
  it('keeps the first reading as the first version', () => {
    expect(addReading([], TEXT, DAY1)).toEqual({
      versions: [{ ...TEXT, seenAt: DAY1, lastSeen: DAY1 }],
      edited: false,
    });
  });

  it('only moves the last time seen when the text changed in whitespace and punctuation alone', () => {
    const first = addReading([], TEXT, DAY1).versions;
    const retyped = { title: `${TEXT.title}.`, paragraphs: TEXT.paragraphs.map((p) => p.replace(/ /g, '  ')) };
    const { versions, edited } = addReading(first, retyped, DAY2);
    expect(edited).toBe(false);
    expect(versions).toEqual([{ ...TEXT, seenAt: DAY1, lastSeen: DAY2 }]);
  });

  it('adds a version when the headline or a sentence changed', () => {
    const first = addReading([], TEXT, DAY1).versions;
    const { versions, edited } = addReading(first, EDITED, DAY2);
    expect(edited).toBe(true);
    expect(versions.map((v) => [v.title, v.seenAt, v.lastSeen])).toEqual([
      [TEXT.title, DAY1, DAY1],
      [EDITED.title, DAY2, DAY2],
    ]);
  });

  it(`keeps at most ${MAX_VERSIONS} versions: the first read and the newest`, () => {
    let versions: ArticleVersion[] = [];
    for (let i = 0; i < MAX_VERSIONS + 3; i++) {
      const at = new Date(Date.parse(DAY1) + i * 3_600_000).toISOString();
      versions = addReading(versions, { title: `Headline number ${i}`, paragraphs: [] }, at).versions;
    }
    expect(versions.length).toBe(MAX_VERSIONS);
    expect(versions[0]!.title).toBe('Headline number 0');
    expect(versions.at(-1)!.title).toBe(`Headline number ${MAX_VERSIONS + 2}`);
    expect(versions[1]!.title).toBe('Headline number 4');
  });
});

describe('shape checks', () => {
  it.each([
    [TEXT, true],
    [{ title: 'T', paragraphs: [] }, true],
    [{ title: 'T' }, false],
    [{ title: 1, paragraphs: [] }, false],
    [{ title: 'T', paragraphs: ['a', 2] }, false],
    [{ title: 'T', paragraphs: Array(TEXT_LIMITS.paragraphs + 1).fill('a') }, false],
    [{ title: 'T', paragraphs: ['x'.repeat(TEXT_LIMITS.chars)] }, false],
  ])('a text %#: %s', (text, ok) => {
    expect(isArticleText(text)).toBe(ok);
  });

  it('reads back only texts kept in the shape written', () => {
    const good = { url: 'u', versions: addReading([], TEXT, DAY1).versions };
    expect(isArticleTexts(good)).toBe(true);
    expect(isArticleTexts({ url: 'u', versions: [] })).toBe(false);
    expect(isArticleTexts({ url: 'u', versions: [{ ...TEXT, seenAt: 'yesterday', lastSeen: DAY1 }] })).toBe(false);
  });

  it('accepts the replies the background makes, and no other', () => {
    const two = addReading(addReading([], TEXT, DAY1).versions, EDITED, DAY2).versions;
    const replies: EditsReply[] = [
      { code: 'none' },
      { code: 'unavailable' },
      editsReply({ url: 'u', versions: two.slice(0, 1) }),
      editsReply({ url: 'u', versions: two }),
    ];
    for (const r of replies) expect(isEditsReply(JSON.parse(JSON.stringify(r)))).toBe(true);
    const edited = replies[3] as Extract<EditsReply, { code: 'kept' }>;
    expect(isEditsReply({ code: 'kept', versions: [{ seenAt: DAY1 }], edits: null })).toBe(false);
    expect(isEditsReply({ ...edited, edits: { ...edited.edits, headline: [{ change: 'moved', text: 'x' }] } })).toBe(
      false,
    );
    expect(
      isEditsReply({ ...edited, edits: { ...edited.edits, paragraphs: [{ change: 'changed', before: 0 }] } }),
    ).toBe(false);
    expect(isEditsReply({ code: 'edited' })).toBe(false);
  });
});

describe('editsReply and editNotice', () => {
  const one = addReading([], TEXT, DAY1).versions;
  const two = addReading(one, EDITED, DAY3).versions;

  it('compares the last two versions', () => {
    const reply = editsReply({ url: 'u', versions: two });
    expect(reply.code).toBe('kept');
    const kept = reply as Extract<EditsReply, { code: 'kept' }>;
    expect(kept.versions).toEqual([
      { seenAt: DAY1, lastSeen: DAY1 },
      { seenAt: DAY3, lastSeen: DAY3 },
    ]);
    expect(kept.edits?.summary).toEqual({ headlineChanged: true, changed: 1, added: 0, removed: 0 });
    expect(editsReply(undefined)).toEqual({ code: 'none' });
    expect(editsReply({ url: 'u', versions: one })).toMatchObject({ code: 'kept', edits: null });
  });

  it('says edited on the visit that found the change, since the reading before', () => {
    const reply = editsReply({ url: 'u', versions: two });
    expect(editNotice(reply, DAY3)).toMatchObject({ code: 'edited', readOn: DAY1 });
  });

  it('is neutral otherwise', () => {
    // A later visit that found the same text as the last one.
    const again = editsReply({ url: 'u', versions: addReading(two, EDITED, '2026-12-07T09:00:00.000Z').versions });
    expect(editNotice(again, '2026-12-07T09:00:00.000Z').code).toBe('unchanged');
    expect(editNotice(editsReply({ url: 'u', versions: one }), DAY1).code).toBe('first');
    // A visit not kept (a private window): the log holds an older reading only.
    expect(editNotice(editsReply({ url: 'u', versions: two }), '2026-12-09T09:00:00.000Z').code).toBe('not-kept');
    expect(editNotice({ code: 'none' }, DAY1).code).toBe('not-kept');
    expect(editNotice({ code: 'unavailable' }, DAY1).code).toBe('unavailable');
  });
});

describe('the edit-notice frame address', () => {
  it('carries the address and the visit in its fragment, and reads them back', () => {
    const url = 'https://www.globaltimes.cn/content/1.shtml?x=1&y=2#top';
    const src = editsFrameUrl('chrome-extension://id/edits.html', { url, visit: DAY1 });
    expect(src.startsWith('chrome-extension://id/edits.html#')).toBe(true);
    expect(editsQueryOf(new URL(src).hash)).toEqual({ url, visit: DAY1 });
  });

  it.each(['', '#u=x', '#v=2026-12-01T09:00:00.000Z', '#u=x&v=soon'])('%j is no query', (hash) => {
    expect(editsQueryOf(hash)).toBeNull();
  });
});
