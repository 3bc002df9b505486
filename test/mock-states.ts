/** Mock page data for component and connector tests: the seed article as the content script reports it. */
import type { PageState } from '@/utils/page-state';

export const seedArticle: Extract<PageState, { state: 'article' }> = {
  state: 'article',
  article: {
    url: 'https://www.globaltimes.cn/page/202012/1210393.shtml',
    title: 'E. China’s Shaoxing signs 12 co-operative projects with Shanghai',
    published: '2020-12-19T22:25:59+08:00',
    authors: [],
    section: 'BUSINESS / INDUSTRIES',
    template: 'legacy',
    paragraphs: [
      { text: 'Aerial photo taken on June 21, 2018 shows morning view of the Lujiazui area.Photo:Xinhua', kind: 'caption' },
      { text: 'Shaoxing, a city in East China’s Zhejiang Province, has signed 12 co-operative projects with Shanghai.', kind: 'body' },
      { text: 'Global Times', kind: 'credit' },
    ],
  },
  stats: { words: 345, readingMinutes: 2 },
};
