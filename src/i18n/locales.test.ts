import { describe, expect, it } from "vitest";
import { acceptedLanguage, languageOf, pageLocale } from "./locales";

describe("page languages and locales", () => {
  it("speaks the studio locale's language, English for languages without translations", () => {
    expect(languageOf("de-DE")).toBe("de");
    expect(languageOf("de-AT")).toBe("de");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("fr-FR")).toBe("en");
  });

  it("formats with the studio's locale when the page speaks its language, else the language's usual one", () => {
    expect(pageLocale("de", "de-AT")).toBe("de-AT");
    expect(pageLocale("en", "de-DE")).toBe("en-GB");
    expect(pageLocale("en", "en-US")).toBe("en-US");
    expect(pageLocale("de", "en-US")).toBe("de-DE");
    expect(pageLocale("de")).toBe("de-DE");
  });

  it("picks the visitor's first spoken language from Accept-Language", () => {
    expect(acceptedLanguage("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).toBe("de");
    expect(acceptedLanguage("en;q=0.5, de-CH")).toBe("de");
    expect(acceptedLanguage("de;q=0, en")).toBe("en");
    expect(acceptedLanguage(null)).toBe("en");
    expect(acceptedLanguage("x;;;q=abc,,")).toBe("en");
  });
});
