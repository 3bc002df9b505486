import { describe, expect, it } from 'vitest';
import { MentionCursor } from '@/utils/page/mention-cursor';
import { OVERLAY_TEXT, stepAnnouncement, toggleName } from '@/utils/page/overlay-messages';
import { GAP, PANEL_WIDTH, placeOverlay } from '@/utils/page/overlay-placement';
import { isPageCommand, MANIFEST_COMMANDS } from '@/utils/page/page-commands';
import { useLocale } from '../locales/use-locale';

describe('MentionCursor', () => {
  // [steps taken, count, positions after each step]
  it.each([
    ['Next from nowhere goes to the first', [1], 5, [0]],
    ['Previous from nowhere goes to the last', [-1], 5, [4]],
    ['Previous then Previous goes back one', [-1, -1], 5, [4, 3]],
    ['Next wraps from the last to the first', [1, 1, 1], 3, [0, 1, 2]],
    ['Next after the end wraps', [1, 1, 1, 1], 3, [0, 1, 2, 0]],
    ['Previous from the first wraps to the last', [1, -1], 3, [0, 2]],
    ['one mention stays on it', [1, 1, -1], 1, [0, 0, 0]],
    ['no mentions: nowhere', [1, -1], 0, [-1, -1]],
  ] as const)('%s', (_, steps, count, expected) => {
    const cursor = new MentionCursor();
    expect(steps.map((d) => cursor.step(d, count))).toEqual(expected);
  });

  it('starts afresh when the mentions shrank under it, and goes on from a mention moved to', () => {
    const cursor = new MentionCursor();
    cursor.moveTo(7);
    expect(cursor.step(-1, 5)).toBe(4);
    cursor.moveTo(2);
    expect(cursor.step(1, 5)).toBe(3);
  });
});

describe('placeOverlay', () => {
  const room = PANEL_WIDTH + 2 * GAP;
  it.each([
    ['a wide right margin', 1366, { left: 100, right: 1366 - room }, 'right'],
    ['a right margin one pixel short, a wide left one', 1366, { left: room, right: 1366 - room + 1 }, 'left'],
    ['no margin either side', 1366, { left: 8, right: 1358 }, 'tab'],
    ['a phone', 412, { left: 8, right: 404 }, 'tab'],
    ['no article column found', 1366, null, 'tab'],
  ] as const)('%s: %s', (_, width, column, side) => {
    expect(placeOverlay(width, column).side).toBe(side);
  });
});

describe('overlay messages', () => {
  it('announce a step with the type, the name and the times mentioned', () => {
    expect(stepAnnouncement(3, 55, 'PERSON', 'Ma Weiguang', 2)).toBe('3 of 55: Person, Ma Weiguang, mentioned 2 times');
    expect(stepAnnouncement(1, 9, 'ORG', 'Tesla', 1)).toBe('1 of 9: Organization, Tesla, mentioned once');
    expect(stepAnnouncement(9, 9, 'MONEY', '600 billion yuan', null)).toBe('9 of 9: Money, 600 billion yuan');
  });

  it("name the toggle starting with the folded tab's and the open title's visible text", () => {
    expect(toggleName(55)).toBe('GT Lens, 55 highlights');
    expect(toggleName(1)).toBe('GT Lens, 1 highlight');
    expect(toggleName(1).startsWith(OVERLAY_TEXT.tab())).toBe(true);
  });

  it("speak the browser's language", async () => {
    await useLocale('zh_CN');
    expect(stepAnnouncement(3, 55, 'PERSON', 'Ma Weiguang', 2)).toBe('第 3 个，共 55 个：人物，Ma Weiguang，提及 2 次');
    expect(toggleName(55)).toBe('GT Lens，55 处标注');
    expect(OVERLAY_TEXT.next()).toBe('下一个');
  });
});

describe('page commands', () => {
  it('are the five in the manifest, each with a description, at most four with a suggested key (Chrome allows four)', () => {
    expect(Object.keys(MANIFEST_COMMANDS).sort()).toEqual([
      'next-mention',
      'next-statement',
      'previous-mention',
      'previous-statement',
      'toggle-highlights',
    ]);
    const suggested = Object.values(MANIFEST_COMMANDS).flatMap((c) => (c.suggested_key ? [c.suggested_key] : []));
    expect(suggested.length).toBe(4);
    for (const key of suggested) expect(key.default).toMatch(/^Alt\+Shift\+\w+$/);
    expect(new Set(suggested.map((k) => k.default)).size).toBe(4);
    for (const c of Object.values(MANIFEST_COMMANDS)) expect(c.description).toMatch(/^__MSG_command\w+__$/);
    expect(isPageCommand('next-mention')).toBe(true);
    expect(isPageCommand('toString')).toBe(false);
    expect(isPageCommand(undefined)).toBe(false);
  });
});
