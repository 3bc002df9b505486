import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/utils/page/gt-url';

describe('classifyUrl', () => {
  it.each([
    ['https://www.globaltimes.cn/page/202012/1210393.shtml', 'article'],
    ['http://www.globaltimes.cn/content/1210393.shtml', 'article'],
    ['https://globaltimes.cn/content/1210841.shtml', 'article'],
    ['http://www.globaltimes.cn:8123/content/1210393.shtml?utm=x#top', 'article'],
    ['https://WWW.GLOBALTIMES.CN/content/1210393.shtml', 'article'],
    ['https://www.globaltimes.cn/', 'gt-other'],
    ['https://www.globaltimes.cn/index.html', 'gt-other'],
    ['https://www.globaltimes.cn/china/index.html', 'gt-other'],
    ['https://www.globaltimes.cn/business/economy/', 'gt-other'],
    ['https://www.globaltimes.cn/search?keyword=Shaoxing', 'gt-other'],
    ['https://www.globaltimes.cn/content/abc.shtml', 'gt-other'],
    ['https://www.globaltimes.cn.evil.example/content/1210393.shtml', 'not-gt'],
    ['https://example.com/content/1210393.shtml', 'not-gt'],
    ['ftp://www.globaltimes.cn/content/1210393.shtml', 'not-gt'],
    ['chrome://extensions', 'not-gt'],
    ['not a url', 'not-gt'],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url).kind).toBe(kind);
  });

  it('reads the article id', () => {
    expect(classifyUrl('https://www.globaltimes.cn/page/202303/1287893.shtml')).toEqual({
      kind: 'article',
      id: 1287893,
    });
  });
});
