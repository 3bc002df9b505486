/** Runs a sequence of steps in short tasks, so that long work never blocks the page for long. */

/** Runs steps to the end at once: for Node, tests and the popup, where nothing waits on us. */
export function runToEnd<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Lets the page run: the rest continues in a new task. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface SliceClock {
  /** performance.now() when the current task began. */
  taskStart: number;
  /** The longest task so far, in milliseconds. */
  longest: number;
}

/**
 * Runs `steps` to the end, yielding to the page whenever the current task has run `budgetMs`.
 * With a clock, records how long each task ran (the caller's synchronous work before the first
 * step counts toward the first task).
 */
export async function runSliced<T>(
  steps: Iterator<unknown, T>,
  clock: SliceClock = { taskStart: performance.now(), longest: 0 },
  budgetMs = 8,
  yieldToPage: () => Promise<void> = pause,
): Promise<T> {
  for (;;) {
    const r = steps.next();
    const now = performance.now();
    if (r.done) {
      clock.longest = Math.max(clock.longest, now - clock.taskStart);
      return r.value;
    }
    if (now - clock.taskStart > budgetMs) {
      clock.longest = Math.max(clock.longest, now - clock.taskStart);
      await yieldToPage();
      clock.taskStart = performance.now();
    }
  }
}

/** Ends the current task between two stages of work, recording its length. */
export async function nextTask(clock: SliceClock): Promise<void> {
  clock.longest = Math.max(clock.longest, performance.now() - clock.taskStart);
  await pause();
  clock.taskStart = performance.now();
}
