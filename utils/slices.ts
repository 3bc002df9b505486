/** Runs a sequence of steps in short tasks, so that long work never blocks the page for long. */

/** Runs steps to the end at once: for Node, tests and the popup, where nothing waits on us. */
export function runToEnd<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

type Scheduling = {
  scheduler?: { postTask?: (task: () => void) => Promise<unknown>; yield?: () => Promise<unknown> };
};

/** A new task: scheduler.postTask where the browser has it (no 4 ms clamp of nested zero-delay timers), else a timer. */
function newTask(resolve: () => void): void {
  const scheduler = (globalThis as Scheduling).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(resolve);
  else setTimeout(resolve, 0);
}

/** At most this long a pause waits for a frame (a page in a background tab has none). */
const FRAME_WAIT_MS = 50;

/**
 * Lets the page run: the rest continues in a new task. Not scheduler.yield: its continuations go
 * ahead of the page's timers and of rendering, so a long job starved both (issue 20: 2 s without
 * a timer on a 5,000-paragraph page).
 */
export function pause(): Promise<void> {
  return new Promise(newTask);
}

/**
 * Lets the page run, and the page's next frame render before the rest, where a visible page has
 * frames: for a long job (LONG_JOB_MS), whose plain new tasks the browser ran two or three back to
 * back before it rendered, one frame of the page's holding 50-69 ms of ours (issue 20).
 */
export function pauseForFrame(): Promise<void> {
  return new Promise((resolve) => {
    const view = globalThis as unknown as Partial<Window>;
    if (!view.requestAnimationFrame || view.document?.visibilityState !== 'visible') return newTask(resolve);
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // A task queued in a frame's callbacks runs once that frame has rendered.
    view.requestAnimationFrame(() => newTask(go));
    setTimeout(go, FRAME_WAIT_MS);
  });
}

/**
 * Lets the page run, but resumes ahead of its other tasks: scheduler.yield where the browser has
 * it. Only for a job's first moments (EAGER_MS): an ordinary article is highlighted before the
 * page's own work resumes, and a long job still lets timers and rendering in after that.
 */
function pauseAhead(): Promise<void> {
  const scheduler = (globalThis as Scheduling).scheduler;
  return scheduler?.yield ? scheduler.yield().then(() => {}) : pause();
}

/** How long a job resumes ahead of the page (pauseAhead) before it queues behind it (pause). */
export const EAGER_MS = 40;

/**
 * From how long on a job waits for a frame at each pause (pauseForFrame): an ordinary article's
 * job stays under it but in this machine's slowest phases (the seed: 35-103 ms), so its highlights
 * seldom wait for the page's frames.
 */
export const LONG_JOB_MS = 100;

export interface SliceClock {
  /** performance.now() when the job began. */
  started: number;
  /** performance.now() when the current task began. */
  taskStart: number;
  /** The longest task so far, in milliseconds. */
  longest: number;
}

export const newClock = (): SliceClock => {
  const now = performance.now();
  return { started: now, taskStart: now, longest: 0 };
};

export interface SliceOptions {
  /** Shared by the stages of one job, so that their tasks are timed as one. */
  clock?: SliceClock;
  /** Stops between two steps (rejecting with the signal's reason) once aborted. */
  signal?: AbortSignal;
  budgetMs?: number;
  yieldToPage?: () => Promise<void>;
}

/**
 * Runs `steps` to the end, yielding to the page only when the current task has run `budgetMs`:
 * short work finishes in the task it started in. The clock records how long each task ran (the
 * caller's synchronous work before the first step counts toward the first task).
 */
export async function runSliced<T>(steps: Iterator<unknown, T>, options: SliceOptions = {}): Promise<T> {
  const { clock = newClock(), signal, budgetMs = 12, yieldToPage } = options;
  for (;;) {
    signal?.throwIfAborted();
    const r = steps.next();
    const now = performance.now();
    if (r.done) {
      clock.longest = Math.max(clock.longest, now - clock.taskStart);
      return r.value;
    }
    if (now - clock.taskStart > budgetMs) {
      clock.longest = Math.max(clock.longest, now - clock.taskStart);
      const ran = now - clock.started;
      await (yieldToPage ?? (ran < EAGER_MS ? pauseAhead : ran < LONG_JOB_MS ? pause : pauseForFrame))();
      clock.taskStart = performance.now();
    }
  }
}

/**
 * Awaits work done outside the page (the background): the current task ends here, and a new one
 * starts when the answer arrives, so the wait never counts as the page's work.
 */
export async function awaitElsewhere<T>(work: Promise<T>, clock: SliceClock = newClock()): Promise<T> {
  clock.longest = Math.max(clock.longest, performance.now() - clock.taskStart);
  try {
    return await work;
  } finally {
    clock.taskStart = performance.now();
  }
}
