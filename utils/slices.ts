/** Runs a sequence of steps in short tasks, so that long work never blocks the page for long. */

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `steps` to the end, yielding to the page whenever a task has run `budgetMs`. */
export async function runSliced<T>(steps: Iterator<unknown, T>, budgetMs = 8, yieldToPage: () => Promise<void> = pause): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > budgetMs) {
      await yieldToPage();
      start = performance.now();
    }
  }
}
