import { describe, expect, it } from "vitest";
import { columnsToPick, NO_COLUMNS as NONE } from "./import-columns";

const noNameColumn = {
  fieldErrors: { "mapping.name": ["no name column (…)"] },
  details: { headers: ["Nr", "Kind", "Klasse"] },
};

describe("columnsToPick", () => {
  it("shows the columns the server read the file with", () => {
    const report = {
      headers: ["Name", "Klasse"],
      mapping: { ...NONE, name: "Name", group: "Klasse" },
    };
    expect(columnsToPick(report, null, undefined)).toEqual({ ...report, nameMissing: false });
  });

  it("opens the column pickers on a file without a recognised name column", () => {
    expect(columnsToPick(undefined, noNameColumn, undefined)).toEqual({
      headers: ["Nr", "Kind", "Klasse"],
      mapping: NONE,
      nameMissing: true,
    });
  });

  it("keeps what the person picked among the file's headers", () => {
    const picked = columnsToPick(undefined, noNameColumn, { group: "Klasse", email: "Gone" });
    expect(picked?.mapping).toEqual({ ...NONE, group: "Klasse" });
  });

  it("shows no pickers before a file is read, or for a file that cannot be read at all", () => {
    expect(columnsToPick(undefined, undefined, undefined)).toBeNull();
    expect(
      columnsToPick(undefined, { fieldErrors: { csv: ["it is empty"] } }, undefined),
    ).toBeNull();
    expect(
      columnsToPick(undefined, { fieldErrors: { "mapping.name": ['no column "X"'] } }, undefined),
    ).toBeNull();
  });
});
