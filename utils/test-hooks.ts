/**
 * Whether this build carries the hooks that tests and benchmarks read (timings written into the
 * page, the popup's render mark). Only `GT_LENS_TEST_HOOKS=1` builds do; the shipped build's
 * bundler drops every branch behind `TEST_HOOKS`.
 */
declare const __GT_LENS_TEST_HOOKS__: boolean;

export const TEST_HOOKS: boolean = typeof __GT_LENS_TEST_HOOKS__ !== 'undefined' && __GT_LENS_TEST_HOOKS__;
