import { describe, expect, it } from "vitest";
import { selectAll, toggleSelection } from "./selection";

const items = [
  { id: "a", selectable: true },
  { id: "card", selectable: false },
  { id: "b", selectable: true },
  { id: "c", selectable: true },
  { id: "d", selectable: true },
];
const ids = (set: Set<string>) => [...set].sort();

describe("selecting photos in the grid", () => {
  it("ticks and unticks one photo", () => {
    const one = toggleSelection(new Set(), items, 2, true, null);
    expect(ids(one)).toEqual(["b"]);
    expect(ids(toggleSelection(one, items, 2, false, null))).toEqual([]);
  });

  it("ticks a range with Shift, in either direction, skipping cards", () => {
    expect(ids(toggleSelection(new Set(["a"]), items, 3, true, 0))).toEqual(["a", "b", "c"]);
    expect(ids(toggleSelection(new Set(), items, 0, true, 3))).toEqual(["a", "b", "c"]);
  });

  it("unticks a range with Shift and leaves the rest", () => {
    const all = new Set(["a", "b", "c", "d"]);
    expect(ids(toggleSelection(all, items, 3, false, 2))).toEqual(["a", "d"]);
  });

  it("treats an anchor that is no longer shown as no anchor", () => {
    expect(ids(toggleSelection(new Set(), items, 4, true, 9))).toEqual(["d"]);
  });

  it("selects every photo shown but the cards", () => {
    expect(ids(selectAll(new Set(["x"]), items))).toEqual(["a", "b", "c", "d", "x"]);
  });
});
