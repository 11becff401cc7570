/**
 * While a backup copies photo files, a photo deleted in the app must keep its
 * files until the copy ends: the backup's database snapshot may still hold its
 * row. A hold queues file deletions; the last hold released runs them.
 *
 * The state lives on globalThis because the control socket (loaded by the
 * custom server) and the domain code (bundled by Next.js) are separate module
 * copies in one process.
 */
interface HoldState {
  holds: number;
  deferred: (() => Promise<void>)[];
}

const holder = globalThis as typeof globalThis & { __photoDeletionHold?: HoldState };

function state(): HoldState {
  holder.__photoDeletionHold ??= { holds: 0, deferred: [] };
  return holder.__photoDeletionHold;
}

/** Runs `remove` now, or when the last hold is released. `remove` must handle its own errors. */
export async function deletePhotoFilesWhenAllowed(remove: () => Promise<void>): Promise<void> {
  const current = state();
  if (current.holds > 0) current.deferred.push(remove);
  else await remove();
}

/** Defers photo file deletions until the returned function is called (once). */
export function holdPhotoDeletions(): () => Promise<void> {
  const current = state();
  current.holds += 1;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    current.holds -= 1;
    if (current.holds > 0) return;
    const deferred = current.deferred.splice(0);
    for (const remove of deferred) await remove();
  };
}
