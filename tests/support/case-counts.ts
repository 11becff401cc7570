/**
 * How many random cases a property or fuzz test tries: enough in every run to
 * catch a regression, many more in `npm run test:nightly` (TEST_NIGHTLY=1).
 * `<NAME>_RUNS` in the environment overrides both, e.g. FUZZ_RUNS=50000.
 */
export function caseCount(name: string, counts: { everyRun: number; nightly: number }): number {
  const override = process.env[`${name}_RUNS`];
  if (override) return Number(override);
  return process.env.TEST_NIGHTLY === "1" ? counts.nightly : counts.everyRun;
}
