import { describe, expect, it } from "vitest";
import { pdfText, renderPdfPages } from "../../../tests/support/pdf";
import { decodeQrCodes } from "../../../tests/support/qr";
import { formatAccessCode } from "@/lib/access-code-format";
import { generateAccessCode } from "./access-codes";
import { CARDS_PER_PAGE, renderMemberCards } from "./member-cards";

const NAMES = ["Łucja Wróbel", "Jürgen Groß", "Élodie Brontë", "Şule Öztürk", "Анна Павлова"];

describe("renderMemberCards", () => {
  it("prints 10 cards a page whose QR codes decode back to the access codes", async () => {
    const cards = Array.from({ length: 12 }, (_, i) => ({
      name: NAMES[i % NAMES.length]!,
      group: i < 6 ? "4A" : null,
      accessCode: generateAccessCode(),
    }));
    const pdf = await renderMemberCards({ projectName: "Spring School", cards });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");

    const pages = await renderPdfPages(pdf);
    expect(pages).toHaveLength(2);
    const first = await decodeQrCodes(pages[0]!);
    expect(first.sort()).toEqual(
      cards
        .slice(0, CARDS_PER_PAGE)
        .map((c) => c.accessCode)
        .sort(),
    );
    expect(await decodeQrCodes(pages[1]!)).toHaveLength(2);

    const text = await pdfText(pdf);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain(formatAccessCode(cards[0]!.accessCode));
    expect(text).toContain("Spring School");
  });

  it("prints one page saying so when there is nobody to print", async () => {
    const pdf = await renderMemberCards({ projectName: "Empty", cards: [] });
    expect(await pdfText(pdf)).toContain("No members to print.");
  });
});
