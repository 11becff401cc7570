/**
 * Polls `check` until it answers something other than undefined (or stops
 * throwing), and answers that; throws the last failure after `timeoutMs`.
 * For outcomes that arrive on their own time: a job run by a worker, a mail.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 20_000, everyMs = 100, what = "the condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`${what} did not hold within ${timeoutMs} ms`, { cause: last });
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
