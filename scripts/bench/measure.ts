/** Timings of repeated work, in milliseconds. */
export interface Sample {
  p50: number;
  p95: number;
  p99: number;
  runs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export function sampleOf(durations: readonly number[]): Sample {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    runs: sorted.length,
  };
}

/**
 * Runs `work` `runs` times one after another, after `warmUp` unmeasured runs;
 * stops early once `budgetMs` has been spent (at least 3 runs), for work that
 * takes seconds.
 */
export async function timeRuns(
  runs: number,
  work: () => Promise<unknown>,
  { warmUp = 5, budgetMs = Infinity }: { warmUp?: number; budgetMs?: number } = {},
): Promise<Sample> {
  for (let i = 0; i < warmUp; i++) await work();
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    if (i >= 3 && performance.now() - started > budgetMs) break;
    const at = performance.now();
    await work();
    durations.push(performance.now() - at);
  }
  return sampleOf(durations);
}

/** One line of `npm run bench`'s table. */
export interface BenchRow {
  figure: string;
  ours: string;
  reference: string;
  /** ours against reference, in the direction the goal reads. */
  ratio: number;
  goal: string;
  /** Unset for figures that are reported without a goal. */
  met?: boolean;
}
