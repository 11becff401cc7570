/**
 * Matching by card: the photographer shoots a member's QR card before
 * photographing them, so every photo after a card, up to the next card, shows
 * that card's member. A pure function of one photographer's sequence, so the
 * order in which files arrive never changes the result.
 */
export interface SequencePhoto {
  id: string;
  fileName: string;
  takenAt: Date | null;
  uploadedAt: Date;
  /** A card (a QR code was found in it), or a photo for sale. */
  kind: "photo" | "card";
  /** The member whose card this is; null for a QR code that is no member of this project. */
  cardMemberId: string | null;
  /** Tagged by hand: matching leaves it alone from then on. */
  taggedByHand: boolean;
}

/** Capture time (upload time when none), then file name, then id. */
export function compareInSequence(a: SequencePhoto, b: SequencePhoto): number {
  const time = (a.takenAt ?? a.uploadedAt).getTime() - (b.takenAt ?? b.uploadedAt).getTime();
  if (time !== 0) return time;
  if (a.fileName !== b.fileName) return a.fileName < b.fileName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The member each photo of one photographer's sequence shows by card, or null:
 * one entry per photo that matching decides (cards and hand-tagged photos have none).
 */
export function matchSequence(photos: readonly SequencePhoto[]): Map<string, string | null> {
  const matches = new Map<string, string | null>();
  let current: string | null = null;
  for (const photo of [...photos].sort(compareInSequence)) {
    if (photo.kind === "card") current = photo.cardMemberId;
    else if (!photo.taggedByHand) matches.set(photo.id, current);
  }
  return matches;
}
