/**
 * Matching by card: the photographer shoots a member's QR card before
 * photographing them, so every photo after a card, up to the next card, shows
 * that card's member. A pure function of one photographer's photos in one
 * project (the batch), so the order in which files arrive, or finish
 * processing, never changes the result.
 */
export interface SequencePhoto {
  id: string;
  fileName: string;
  takenAt: Date | null;
  /**
   * Where the client put the file among those it sent (any number that grows
   * with each file it starts sending); null when it did not say.
   */
  clientOrder: number | null;
  /** A card (a QR code was found in it), or a photo for sale. */
  kind: "photo" | "card";
  /** The member whose card this is; null for a QR code that is no member of this project. */
  cardMemberId: string | null;
  /** Tagged by hand: matching leaves it alone from then on. */
  taggedByHand: boolean;
}

/**
 * The camera's file counter in a file name: its runs of digits, without
 * leading zeros ("IMG_0002.jpg" → ["2"], "_MG_0042" → ["42"], "IMG_0001_card"
 * → ["1"], "PXL_20260504_101500123" → ["20260504", "101500123"]); null for a
 * name without digits. The extension is not part of it ("photo.mp4").
 */
export function fileCounter(fileName: string): string[] | null {
  const base = fileName.replace(/\.[^.]*$/, "");
  const runs = base.match(/\d+/g);
  return runs ? runs.map((run) => run.replace(/^0+(?=\d)/, "")) : null;
}

/** Numbers as digit strings of any length: by length, then digit by digit. */
function compareNumberText(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Run by run; a counter that is the start of a longer one comes first. A missing one comes last. */
export function compareCounters(a: string[] | null, b: string[] | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareNumberText(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

interface Placed {
  photo: SequencePhoto;
  /** The capture time the photo is placed at; -Infinity before every dated photo. */
  at: number;
  counter: string[] | null;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The photos in shooting order, decided by the whole batch alone:
 * - by capture time (EXIF);
 * - a photo without one (a camera without a set clock, a file whose EXIF was
 *   stripped) takes the place of the dated photo just before it by file
 *   counter, so IMG_0041 without a time follows IMG_0040 wherever that was
 *   shot; with no dated photo before it by counter (or no counter in its
 *   name), it goes before every dated photo;
 * - photos at the same place go by file counter (names without a number
 *   after those with one), then by the order the client started sending them
 *   (files it did not number after those it did), then by file name, then id.
 * Upload and processing times play no part: a card that is filed or
 * processed last still comes before the photos shot after it.
 */
export function shootingOrder(photos: readonly SequencePhoto[]): SequencePhoto[] {
  const dated = photos
    .filter((photo) => photo.takenAt !== null)
    .map((photo) => ({ at: photo.takenAt!.getTime(), counter: fileCounter(photo.fileName), photo }))
    .filter((entry) => entry.counter !== null)
    // By counter; on equal counters the latest, then the greatest id, so the anchor is one photo.
    .sort(
      (a, b) =>
        compareCounters(a.counter, b.counter) || a.at - b.at || byText(a.photo.id, b.photo.id),
    );

  /** The capture time of the last dated photo whose counter is below `counter`. */
  function anchorOf(counter: string[] | null): number {
    if (counter === null) return -Infinity;
    let low = 0;
    let high = dated.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareCounters(dated[middle]!.counter, counter) < 0) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? -Infinity : dated[low - 1]!.at;
  }

  const placed: Placed[] = photos.map((photo) => {
    const counter = fileCounter(photo.fileName);
    const at = photo.takenAt === null ? anchorOf(counter) : photo.takenAt.getTime();
    return { photo, at, counter };
  });
  placed.sort((a, b) => {
    if (a.at !== b.at) return a.at < b.at ? -1 : 1;
    const counter = compareCounters(a.counter, b.counter);
    if (counter !== 0) return counter;
    const ordered = compareClientOrder(a.photo.clientOrder, b.photo.clientOrder);
    if (ordered !== 0) return ordered;
    return byText(a.photo.fileName, b.photo.fileName) || byText(a.photo.id, b.photo.id);
  });
  return placed.map((entry) => entry.photo);
}

function compareClientOrder(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

/**
 * The member each photo of one photographer's sequence shows by card, or null:
 * one entry per photo that matching decides (cards and hand-tagged photos have none).
 */
export function matchSequence(photos: readonly SequencePhoto[]): Map<string, string | null> {
  const matches = new Map<string, string | null>();
  let current: string | null = null;
  for (const photo of shootingOrder(photos)) {
    if (photo.kind === "card") current = photo.cardMemberId;
    else if (!photo.taggedByHand) matches.set(photo.id, current);
  }
  return matches;
}
