import { describe, expect, it } from 'vitest';
import { parseGtTime, parseGtTimes } from '@/utils/page/gt-time';

describe('parseGtTime', () => {
  it.each([
    ['Published: Dec 19, 2020 10:25 PM', '2020-12-19T22:25:00+08:00'],
    ['Published: Dec 19, 2020 12:05 AM', '2020-12-19T00:05:00+08:00'],
    ['Published: Mar 24, 2023 12:30 PM', '2023-03-24T12:30:00+08:00'],
    ['Published: Mar 24, 2023 01:50 AM Updated: Mar 24, 2023 09:12 AM', '2023-03-24T01:50:00+08:00'],
    ['Published: September 8, 2020 12:23 PM', '2020-09-08T12:23:00+08:00'],
    ['Published: 2020/12/19 22:25:59', '2020-12-19T22:25:59+08:00'],
    ['Source:Global Times Published: 2019/8/19 21:13:40', '2019-08-19T21:13:40+08:00'],
    ['2020-07-31 23:08', '2020-07-31T23:08:00+08:00'],
    ['2020/12/19', '2020-12-19T00:00:00+08:00'],
    ['2020-07-31T15:08:53Z', '2020-07-31T23:08:53+08:00'],
    ['2020-12-31T20:00:00-05:00', '2021-01-01T09:00:00+08:00'],
    ['2020-12-19T22:25:59+08:00', '2020-12-19T22:25:59+08:00'],
    ['Published: Feb 30, 2021 10:00 AM', null],
    ['Published: 2020/13/01 10:00:00', null],
    ['Published: yesterday', null],
    ['', null],
  ])('%j → %s', (raw, iso) => {
    expect(parseGtTime(raw)).toBe(iso);
  });
});

describe('parseGtTimes', () => {
  it.each([
    [
      'Published: Jun 19, 2024 04:13 PM Updated: Jun 19, 2024 11:46 PM',
      '2024-06-19T16:13:00+08:00',
      '2024-06-19T23:46:00+08:00',
    ],
    [
      'Published: Dec 31, 2024 11:50 PM Updated: Jan 01, 2025 12:10 AM',
      '2024-12-31T23:50:00+08:00',
      '2025-01-01T00:10:00+08:00',
    ],
    [
      'Published:Jun 19, 2024 04:13 PM\n   updated : Jun 20, 2024 08:00 AM',
      '2024-06-19T16:13:00+08:00',
      '2024-06-20T08:00:00+08:00',
    ],
    [
      'Published: 2020/12/19 22:25:59 Updated: 2020/12/20 09:02:00',
      '2020-12-19T22:25:59+08:00',
      '2020-12-20T09:02:00+08:00',
    ],
    ['Published: Dec 19, 2020 10:25 PM', '2020-12-19T22:25:00+08:00', null],
    ['Published: Jun 19, 2024 04:13 PM Updated: soon', '2024-06-19T16:13:00+08:00', null],
    ['Updated: Jun 19, 2024 11:46 PM', null, '2024-06-19T23:46:00+08:00'],
    ['', null, null],
  ])('%j → published %s, updated %s', (raw, published, updated) => {
    expect(parseGtTimes(raw)).toEqual({ published, updated });
  });
});
