import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileCounter, matchSequence, type SequencePhoto, shootingOrder } from "./matching";
import { caseCount } from "../../../tests/support/case-counts";

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 9, minute));
let counter = 0;

function photo(minute: number | null, overrides: Partial<SequencePhoto> = {}): SequencePhoto {
  counter += 1;
  return {
    id: `p${String(counter).padStart(4, "0")}`,
    fileName: `IMG_${String(counter).padStart(4, "0")}.jpg`,
    takenAt: minute === null ? null : at(minute),
    clientOrder: null,
    kind: "photo",
    cardMemberId: null,
    taggedByHand: false,
    ...overrides,
  };
}
const card = (
  minute: number | null,
  member: string | null,
  overrides: Partial<SequencePhoto> = {},
) => photo(minute, { kind: "card", cardMemberId: member, ...overrides });

function tags(photos: SequencePhoto[]) {
  const matches = matchSequence(photos);
  return photos.map((p) => (matches.has(p.id) ? matches.get(p.id) : "—"));
}

const names = (photos: SequencePhoto[]) => shootingOrder(photos).map((p) => p.fileName);

describe("fileCounter", () => {
  it("reads the camera's number from its usual file names", () => {
    expect(fileCounter("IMG_0002.jpg")).toEqual(["2"]);
    expect(fileCounter("DSC_1234.JPG")).toEqual(["1234"]);
    expect(fileCounter("_MG_0042.jpg")).toEqual(["42"]);
    expect(fileCounter("DSCF0007.jpg")).toEqual(["7"]);
    expect(fileCounter("IMG_0001_card.jpg")).toEqual(["1"]);
    expect(fileCounter("PXL_20260504_101500123.jpg")).toEqual(["20260504", "101500123"]);
    expect(fileCounter("IMG_0000.jpg")).toEqual(["0"]);
    expect(fileCounter("portrait.mp4")).toBeNull();
  });
});

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

  it("orders photos without capture times by the camera's file counter, whatever the prefix", () => {
    // Made (arrived) in this order: the card last.
    const third = photo(null, { fileName: "_MG_0003.jpg" });
    const second = photo(null, { fileName: "IMG_0002.jpg" });
    const cardAnn = card(null, "ann", { fileName: "IMG_0001_card.jpg" });
    expect(tags([third, second, cardAnn])).toEqual(["ann", "ann", "—"]);
    expect(names([third, second, cardAnn])).toEqual([
      "IMG_0001_card.jpg",
      "IMG_0002.jpg",
      "_MG_0003.jpg",
    ]);
  });

  it("compares counters as numbers, not as text", () => {
    const sequence = [
      photo(null, { fileName: "DSC_10.jpg" }),
      card(null, "ann", { fileName: "DSC_9.jpg" }),
    ];
    expect(tags(sequence)).toEqual(["ann", "—"]);
  });

  it("then by the order the client started the uploads, never by when they were filed", () => {
    const sequence = [
      photo(null, { fileName: "portrait-b.jpg", clientOrder: 1_700_000_000_002 }),
      photo(null, { fileName: "portrait-a.jpg", clientOrder: 1_700_000_000_001 }),
      card(null, "ann", { fileName: "zz-card.jpg", clientOrder: 1_700_000_000_000 }),
    ];
    expect(tags(sequence)).toEqual(["ann", "ann", "—"]);
    expect(names(sequence)).toEqual(["zz-card.jpg", "portrait-a.jpg", "portrait-b.jpg"]);
  });

  it("places a photo without a capture time after the dated photo before it by counter", () => {
    // The card lost its EXIF (it was cropped); its neighbours kept theirs.
    const before = photo(1, { fileName: "IMG_0040.jpg" });
    const cardAnn = card(null, "ann", { fileName: "IMG_0041.jpg" });
    const ann = photo(2, { fileName: "IMG_0042.jpg" });
    const bobCard = card(3, "bob", { fileName: "IMG_0043.jpg" });
    const bob = photo(null, { fileName: "IMG_0044.jpg" });
    expect(tags([bob, ann, bobCard, cardAnn, before])).toEqual(["bob", "ann", "—", "—", null]);
  });

  it("puts undated photos with no dated photo before them by counter first", () => {
    const dated = [
      card(5, "bob", { fileName: "IMG_0100.jpg" }),
      photo(6, { fileName: "IMG_0101.jpg" }),
    ];
    const undated = [
      card(null, "ann", { fileName: "DSC_0001.jpg" }),
      photo(null, { fileName: "DSC_0002.jpg" }),
    ];
    expect(names([...dated, ...undated])).toEqual([
      "DSC_0001.jpg",
      "DSC_0002.jpg",
      "IMG_0100.jpg",
      "IMG_0101.jpg",
    ]);
  });

  it("orders dated photos of the same second by counter (a burst)", () => {
    const sequence = [
      photo(1, { fileName: "IMG_0012.jpg" }),
      card(1, "ann", { fileName: "IMG_0011.jpg" }),
    ];
    expect(tags(sequence)).toEqual(["ann", "—"]);
  });

  it("leaves photos tagged by hand alone, and they do not break a run", () => {
    const sequence = [card(1, "ann"), photo(2, { taggedByHand: true }), photo(3)];
    expect(tags(sequence)).toEqual(["—", "—", "ann"]);
  });

  it("gives the same answer whatever order the files arrive in, with or without EXIF", () => {
    const members = ["ann", "bob", null];
    const item = fc.record({
      minute: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      card: fc.boolean(),
      member: fc.constantFrom(...members),
      prefix: fc.constantFrom("IMG_", "_MG_", "DSC", "card-", "portrait"),
      number: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      suffix: fc.constantFrom("", "_card", " (2)"),
      clientOrder: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      byHand: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 20 }),
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        (items, arrival) => {
          const sequence = items.map((entry) => {
            const fileName = `${entry.prefix}${entry.number === null ? "" : String(entry.number).padStart(4, "0")}${entry.suffix}.jpg`;
            const overrides = {
              fileName,
              clientOrder: entry.clientOrder,
              taggedByHand: !entry.card && entry.byHand,
            };
            return entry.card
              ? card(entry.minute, entry.member, overrides)
              : photo(entry.minute, overrides);
          });
          // Arrival (and processing) order: any permutation of the batch.
          const shuffled = sequence
            .map((p, i) => ({ p, key: arrival[i]! }))
            .sort((x, y) => x.key - y.key)
            .map((entry) => entry.p);
          expect(matchSequence(shuffled)).toEqual(matchSequence(sequence));
          expect(shootingOrder(shuffled)).toEqual(shootingOrder(sequence));
        },
      ),
      { numRuns: caseCount("MATCHING", { everyRun: 200, nightly: 10_000 }) },
    );
  });
});
