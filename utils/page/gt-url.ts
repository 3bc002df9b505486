/** Global Times addresses: which hosts are the paper's and which paths are articles. */

export const GT_HOSTS = ['www.globaltimes.cn', 'globaltimes.cn'] as const;

/** Match patterns for the manifest; a pattern without a port matches every port. */
export const GT_HOST_PATTERNS = GT_HOSTS.map((host) => `*://${host}/*`);

export type UrlKind = { kind: 'article'; id: number } | { kind: 'gt-other' } | { kind: 'not-gt' };

// /content/1210393.shtml (2009–2021) and /page/202012/1210393.shtml (since the redesign).
const ARTICLE_PATH = /^\/(?:content|page\/\d{6})\/(\d+)\.s?html?$/;

export function isGtHost(hostname: string): boolean {
  return (GT_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

export function classifyUrl(url: string): UrlKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'not-gt' };
  }
  if (!/^https?:$/.test(parsed.protocol) || !isGtHost(parsed.hostname)) return { kind: 'not-gt' };
  const match = ARTICLE_PATH.exec(parsed.pathname);
  return match ? { kind: 'article', id: Number(match[1]) } : { kind: 'gt-other' };
}
