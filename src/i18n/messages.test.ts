import { describe, expect, it } from "vitest";
import de from "./messages/de";
import en from "./messages/en";

function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]!).sort();
}

describe("the translations", () => {
  it("have every English message in German, with the same placeholders", () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort());
    const lookup = (messages: object, key: string) =>
      key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
    for (const key of keysOf(en)) {
      expect(placeholdersOf(String(lookup(de, key))), key).toEqual(
        placeholdersOf(String(lookup(en, key))),
      );
    }
  });
});
