import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitElsewhere, EAGER_MS, LONG_JOB_MS, newClock, pauseForFrame, runSliced } from '@/utils/slices';

function* steps(n: number, work: () => void): Generator<void, number> {
  for (let i = 0; i < n; i++) {
    work();
    yield;
  }
  return n;
}

describe('runSliced', () => {
  it('does not yield to the page when the work fits in one task', async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());
    expect(
      await runSliced(
        steps(50, () => {}),
        { yieldToPage, budgetMs: 1000 },
      ),
    ).toBe(50);
    expect(yieldToPage).not.toHaveBeenCalled();
  });

  it('yields once the task has run its budget, and records the longest task', async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());
    const busy = () => {
      const end = performance.now() + 3;
      while (performance.now() < end);
    };
    const clock = newClock();
    await runSliced(steps(10, busy), { clock, yieldToPage, budgetMs: 5 });
    expect(yieldToPage.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(clock.longest).toBeGreaterThanOrEqual(5);
  });

  it('stops between steps once its signal aborts', async () => {
    const controller = new AbortController();
    let done = 0;
    const run = runSliced(
      steps(100, () => {
        if (++done === 3) controller.abort(new Error('stop'));
      }),
      { signal: controller.signal, yieldToPage: () => Promise.resolve() },
    );
    await expect(run).rejects.toThrow('stop');
    expect(done).toBe(3);
  });
});

describe('how a job lets the page run', () => {
  const busy = () => {
    const end = performance.now() + 2;
    while (performance.now() < end);
  };

  it(`resumes ahead of the page for its first ${EAGER_MS} ms, then queues behind the page's tasks`, async () => {
    const ahead = vi.fn(() => Promise.resolve());
    const behind = vi.fn((task: () => void) => Promise.resolve(task()));
    vi.stubGlobal('scheduler', { yield: ahead, postTask: behind });
    try {
      const clock = newClock();
      clock.started -= EAGER_MS - 10; // the job began 10 ms before the eager time runs out
      clock.taskStart = performance.now();
      await runSliced(steps(20, busy), { clock, budgetMs: 1 });
      expect(ahead).toHaveBeenCalled();
      expect(behind).toHaveBeenCalled();
      // Every pause ahead came before every pause behind.
      expect(Math.max(...ahead.mock.invocationCallOrder)).toBeLessThan(Math.min(...behind.mock.invocationCallOrder));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('pauseForFrame', () => {
  const settled = async (p: Promise<void>, ms = 5) => {
    let done = false;
    void p.then(() => (done = true));
    await new Promise((r) => setTimeout(r, ms));
    return done;
  };
  afterEach(() => vi.unstubAllGlobals());

  it("on a visible page, resumes only once the page's next frame has rendered", async () => {
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => (frame = f));
    vi.stubGlobal('document', { visibilityState: 'visible' });
    const paused = pauseForFrame();
    expect(await settled(paused)).toBe(false);
    frame!();
    expect(await settled(paused)).toBe(true);
  });

  it(`is how a job pauses from ${LONG_JOB_MS} ms on, not before: an ordinary article never waits for frames`, async () => {
    const frames = vi.fn((f: () => void) => setTimeout(f, 0));
    vi.stubGlobal('requestAnimationFrame', frames);
    vi.stubGlobal('document', { visibilityState: 'visible' });
    const busy = () => {
      const end = performance.now() + 2;
      while (performance.now() < end);
    };
    function* work() {
      for (let i = 0; i < 5; i++) {
        busy();
        yield;
      }
    }
    for (const [ranMs, waits] of [
      [EAGER_MS + 5, false],
      [LONG_JOB_MS + 5, true],
    ] as const) {
      frames.mockClear();
      const clock = newClock();
      clock.started -= ranMs;
      await runSliced(work(), { clock, budgetMs: 1 });
      expect(frames.mock.calls.length > 0).toBe(waits);
    }
  });

  it('waits at most 50 ms for a frame, and none on a hidden page', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('document', { visibilityState: 'visible' });
    expect(await settled(pauseForFrame(), 80)).toBe(true);
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    expect(await settled(pauseForFrame())).toBe(true);
  });
});

describe('awaitElsewhere', () => {
  it('ends the task at the wait and starts a new one when the answer arrives', async () => {
    const start = performance.now() - 1000;
    const clock = { started: start, taskStart: start, longest: 5 };
    let answeredAt = 0;
    const work = new Promise<string>((resolve) =>
      setTimeout(() => {
        answeredAt = performance.now();
        resolve('done');
      }, 50),
    );
    const calledAt = performance.now();
    const answer = await awaitElsewhere(work, clock);
    expect(answer).toBe('done');
    // The task ran until the call; the wait for the answer is not the page's work.
    expect(clock.longest).toBeGreaterThanOrEqual(calledAt - start);
    expect(clock.longest).toBeLessThan(answeredAt - start);
    expect(clock.taskStart).toBeGreaterThanOrEqual(answeredAt);
  });

  it('starts the new task also when the work fails', async () => {
    const clock = { started: performance.now() - 1000, taskStart: performance.now() - 1000, longest: 0 };
    const calledAt = performance.now();
    await expect(awaitElsewhere(Promise.reject(new Error('gone')), clock)).rejects.toThrow('gone');
    expect(clock.taskStart).toBeGreaterThanOrEqual(calledAt);
  });
});
