/** A photo credit ("Photo: Xinhua", "(Photo: VCG)", "Photo:IC"): one pattern for the reader and the engine. */

const CREDIT = String.raw`\bPhoto\s*:\s*`;

const NAME = String.raw`[A-Za-z][\w.&-]*(?: [A-Z][\w.&'’-]*){0,3}`;

/**
 * Every credit in a text ("Photo: VCG", "Illustration: Liu Rui/GT", "(Photo by Wenjing/Xinhua)",
 * "Photo: Courtesy of Douban", "Photo: Screenshot from CCTV"): the credited names in group 1,
 * up to four words each (the later ones capitalized), a photographer and an agency split by "/".
 */
export const PHOTO_CREDIT = new RegExp(
  String.raw`\b(?:Photos?|Illustration|Graphic|Chart)(?:\s*:\s*|\s+by\s+)(?:(?:[Cc]ourtesy of|[Ss]creenshot from|[Ss]creenshot of)\s+)?(${NAME}(?:\s?/\s?${NAME})?)`,
  'g',
);

/** A caption ends with its credit ("Photo: VCG", "Photo: Cui Meng/Global Times"). */
export const ENDS_WITH_PHOTO_CREDIT = new RegExp(String.raw`${CREDIT}[A-Za-z][\w .&'/-]{0,40}\)?\.?$`);
