import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { officialCslStyles } from './scripts/official-csl-styles.ts';

export default defineConfig({
  plugins: [WxtVitest(), preact(), officialCslStyles()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/english-interface.ts'],
    // Two shared cores in CI: a property run can take seconds. Time limits belong to the bench;
    // this one only stops a hang.
    testTimeout: 60_000,
    restoreMocks: true,
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
  },
});
