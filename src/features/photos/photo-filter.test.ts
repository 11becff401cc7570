import { describe, expect, it } from "vitest";
import {
  parsePhotoFilter,
  photoFilterSearch,
  photoListFilter,
  projectPhotosPath,
} from "./photo-filter";

const member = "0b5e3c4a-6f7d-4e2a-9c1b-2d3e4f5a6b7c";
const photographer = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const parse = (search: string) => parsePhotoFilter(new URLSearchParams(search));

describe("the photo filter in the query string", () => {
  it("reads each view a link can open", () => {
    expect(parse("")).toEqual({ view: "all" });
    expect(parse("tagged=false")).toEqual({ view: "untagged" });
    expect(parse("kind=card")).toEqual({ view: "cards" });
    expect(parse(`memberId=${member}`)).toEqual({ view: "member", memberId: member });
    expect(parse(`tagged=false&photographerId=${photographer}`)).toEqual({
      view: "untagged",
      photographerId: photographer,
    });
  });

  it("shows every photo for what it does not understand", () => {
    expect(parse("memberId=not-a-uuid")).toEqual({ view: "all" });
    expect(parse("tagged=maybe&kind=photo")).toEqual({ view: "all" });
    expect(parse("photographerId=1")).toEqual({ view: "all" });
  });

  it("writes back what it reads", () => {
    for (const search of [
      "",
      "?tagged=false",
      "?kind=card",
      `?memberId=${member}`,
      `?memberId=${member}&photographerId=${photographer}`,
      `?photographerId=${photographer}`,
    ]) {
      expect(photoFilterSearch(parse(search))).toBe(search);
    }
  });

  it("asks the list for the same photos", () => {
    expect(photoListFilter(parse(""))).toEqual({});
    expect(photoListFilter(parse("tagged=false"))).toEqual({ tagged: false });
    expect(photoListFilter(parse("kind=card"))).toEqual({ kind: "card" });
    expect(photoListFilter(parse(`memberId=${member}&photographerId=${photographer}`))).toEqual({
      memberId: member,
      photographerId: photographer,
    });
  });

  it("links to a member's photos", () => {
    expect(projectPhotosPath("p1", { view: "member", memberId: member })).toBe(
      `/projects/p1/photos?memberId=${member}`,
    );
    expect(projectPhotosPath("p1")).toBe("/projects/p1/photos");
  });
});
