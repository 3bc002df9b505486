/** The little of citation-js 0.8 that GT Lens uses (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The items as CSL-JSON. */
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
