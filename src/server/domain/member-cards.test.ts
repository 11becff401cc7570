import { describe, expect, it } from "vitest";
import { pdfText, renderPdfPages } from "../../../tests/support/pdf";
import { decodeQrCodes } from "../../../tests/support/qr";
import { formatAccessCode } from "@/lib/access-code-format";
import { codeFromQrText } from "@/server/photos/qr";
import { generateAccessCode } from "./access-codes";
import { CARDS_PER_PAGE, cardQrText, renderMemberCards } from "./member-cards";

const NAMES = ["Łucja Wróbel", "Jürgen Groß", "Élodie Brontë", "Şule Öztürk", "Анна Павлова"];
const GALLERY = "https://fotos.example.de/gallery";

describe("renderMemberCards", () => {
  it("prints 10 cards a page whose QR codes decode to the gallery's address with the code", async () => {
    const cards = Array.from({ length: 12 }, (_, i) => ({
      name: NAMES[i % NAMES.length]!,
      group: i < 6 ? "4A" : null,
      accessCode: generateAccessCode(),
    }));
    const pdf = await renderMemberCards({
      studioName: "Fotostudio Sonnenschein",
      projectName: "Spring School",
      galleryUrl: GALLERY,
      cards,
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");

    const pages = await renderPdfPages(pdf);
    expect(pages).toHaveLength(2);
    const first = await decodeQrCodes(pages[0]!);
    expect(first.sort()).toEqual(
      cards
        .slice(0, CARDS_PER_PAGE)
        .map((c) => `${GALLERY}?code=${c.accessCode}`)
        .sort(),
    );
    expect(first.map(codeFromQrText).sort()).toEqual(
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
    const onEveryCard = (needle: string) => text.split(needle).length - 1;
    expect(onEveryCard("Fotostudio Sonnenschein")).toBe(12);
    expect(onEveryCard(GALLERY)).toBe(12);
    expect(text.replace(/\s+/g, " ")).toContain(
      `Scan the code or open ${GALLERY} and enter your code`,
    );
  });

  it("keeps the gallery's own query when adding the code", () => {
    expect(cardQrText("https://photos.example/gallery", "K7QXM2PA")).toBe(
      "https://photos.example/gallery?code=K7QXM2PA",
    );
    expect(cardQrText("https://photos.example/x/gallery?lang=de", "K7QXM2PA")).toBe(
      "https://photos.example/x/gallery?lang=de&code=K7QXM2PA",
    );
  });

  it("prints one page saying so when there is nobody to print", async () => {
    const pdf = await renderMemberCards({
      studioName: "Studio",
      projectName: "Empty",
      galleryUrl: GALLERY,
      cards: [],
    });
    expect(await pdfText(pdf)).toContain("No members to print.");
  });
});
