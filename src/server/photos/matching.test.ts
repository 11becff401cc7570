import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchSequence, type SequencePhoto } from "./matching";
import { caseCount } from "../../../tests/support/case-counts";

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute));
let counter = 0;

function photo(minute: number | null, overrides: Partial<SequencePhoto> = {}): SequencePhoto {
  counter += 1;
  return {
    id: `p${String(counter).padStart(4, "0")}`,
    fileName: `IMG_${String(counter).padStart(4, "0")}.jpg`,
    takenAt: minute === null ? null : at(minute),
    uploadedAt: at(60 + counter),
    kind: "photo",
    cardMemberId: null,
    taggedByHand: false,
    ...overrides,
  };
}
const card = (minute: number | null, member: string | null) =>
  photo(minute, { kind: "card", cardMemberId: member });

function tags(photos: SequencePhoto[]) {
  const matches = matchSequence(photos);
  return photos.map((p) => (matches.has(p.id) ? matches.get(p.id) : "—"));
}

describe("matchSequence", () => {
  it("tags every photo after a card with its member, up to the next card", () => {
    const sequence = [photo(0), card(1, "ann"), photo(2), photo(3), card(4, "bob"), photo(5)];
    expect(tags(sequence)).toEqual([null, "—", "ann", "ann", "—", "bob"]);
  });

  it("ends a run at a card of no member of the project", () => {
    const sequence = [card(1, "ann"), photo(2), card(3, null), photo(4), card(5, "bob"), photo(6)];
    expect(tags(sequence)).toEqual(["—", "ann", "—", null, "—", "bob"]);
  });

  it("orders by capture time, not by arrival: a card uploaded last still claims its photos", () => {
    const photos = [photo(2), photo(3)];
    const late = card(1, "ann");
    expect(tags([...photos, late])).toEqual(["ann", "ann", "—"]);
  });

  it("uses the upload time when a photo has no capture time, and the file name on ties", () => {
    const a = photo(5, { fileName: "B.jpg" });
    const cardA = card(5, "ann");
    cardA.fileName = "A.jpg";
    const undated = photo(null);
    undated.uploadedAt = at(10);
    expect(tags([a, undated, cardA])).toEqual(["ann", "ann", "—"]);
  });

  it("leaves photos tagged by hand alone, and they do not break a run", () => {
    const sequence = [card(1, "ann"), photo(2, { taggedByHand: true }), photo(3)];
    expect(tags(sequence)).toEqual(["—", "—", "ann"]);
  });

  it("gives the same answer whatever order the files arrive in", () => {
    const members = ["ann", "bob", null];
    const item = fc.oneof(
      fc.record({ minute: fc.integer({ min: 0, max: 50 }), card: fc.constant(false) }),
      fc.record({ minute: fc.integer({ min: 0, max: 50 }), card: fc.constant(true) }),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.integer(), (items, seed) => {
        const sequence = items.map((entry, i) =>
          entry.card ? card(entry.minute, members[i % 3]!) : photo(entry.minute),
        );
        const shuffled = [...sequence].sort(
          (x, y) => ((x.id.charCodeAt(4) * seed) % 7) - ((y.id.charCodeAt(4) * seed) % 7),
        );
        expect(matchSequence(shuffled)).toEqual(matchSequence(sequence));
      }),
      { numRuns: caseCount("MATCHING", { everyRun: 100, nightly: 10_000 }) },
    );
  });
});
