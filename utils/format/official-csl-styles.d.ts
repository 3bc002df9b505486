/** The official MLA 9 and Chicago author-date CSL styles as XML, made at build time (scripts/official-csl-styles.ts). */
declare module 'virtual:official-csl-styles' {
  export const MLA_9: string;
  export const CHICAGO_AUTHOR_DATE: string;
}
