/** A photo credit ("Photo: Xinhua", "(Photo: VCG)", "Photo:IC"): one pattern for the reader and the engine. */

const CREDIT = String.raw`\bPhoto\s*:\s*`;

/** Every credit in a text, the credited name (up to four words, the later ones capitalized) in group 1. */
export const PHOTO_CREDIT = new RegExp(String.raw`${CREDIT}([A-Za-z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})`, 'g');

/** A caption ends with its credit. */
export const ENDS_WITH_PHOTO_CREDIT = new RegExp(String.raw`${CREDIT}[A-Za-z][\w .&'-]{0,40}\)?\.?$`);
