import type { FiledPhoto, Follower } from "./upload-queue";

/** The first look after half a second, then less often, up to every 5 seconds. */
const FIRST_PAUSE_MS = 500;
const LONGEST_PAUSE_MS = 5_000;
/** Failed looks in a row (the network) before giving up on a photo. */
const MISSES_ALLOWED = 5;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Follows a filed photo until the server has processed it: asks for it with
 * `get`, less often as time goes by, and resolves with it once it is no longer
 * `processing` (ready or failed). A few failed looks in a row are retried;
 * more reject.
 */
export function photoFollower(get: (id: string) => Promise<FiledPhoto>): Follower {
  return async (photo) => {
    let wait = FIRST_PAUSE_MS;
    let misses = 0;
    for (;;) {
      await pause(wait);
      wait = Math.min(wait * 2, LONGEST_PAUSE_MS);
      try {
        const current = await get(photo.id);
        misses = 0;
        if (current.status !== "processing") return current;
      } catch (error) {
        if (++misses >= MISSES_ALLOWED) throw error;
      }
    }
  };
}
