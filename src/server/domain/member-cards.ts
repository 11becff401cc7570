import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { formatAccessCode } from "@/lib/access-code-format";

/**
 * Member cards on A4: 10 per page (2 x 5, 85 x 55 mm, the size of a business
 * card) with cut lines. Each card tells a parent where to go: the studio and
 * the project, the member's name and group, one line of instructions with the
 * gallery's address, the access code in large type, and a QR code of the
 * gallery's address with the code (`<gallery>?code=<code>`), so a phone's
 * camera opens the gallery with the code filled in. Matching reads the code
 * out of that address (codeFromQrText). The QR code is drawn as vector
 * squares so that it stays sharp at any print size. Text is set in DejaVu,
 * embedded, so names in Latin, Greek and Cyrillic scripts print as written
 * (PDF's 14 standard fonts cannot).
 */

export interface MemberCardsInput {
  studioName: string;
  projectName: string;
  /** The gallery's entry page, such as `https://photos.example/gallery`. */
  galleryUrl: string;
  cards: MemberCard[];
}

export interface MemberCard {
  name: string;
  group: string | null;
  accessCode: string;
}

const MM = 72 / 25.4;
const CARD_WIDTH = 85 * MM;
const CARD_HEIGHT = 55 * MM;
const COLUMNS = 2;
const ROWS = 5;
export const CARDS_PER_PAGE = COLUMNS * ROWS;
const PAGE = { width: 595.28, height: 841.89 };
const LEFT = (PAGE.width - COLUMNS * CARD_WIDTH) / 2;
const TOP = (PAGE.height - ROWS * CARD_HEIGHT) / 2;
const PADDING = 4 * MM;
const QR_SIZE = 36 * MM;
const INSTRUCTIONS_SIZE = 7;

/** What a card's QR code holds: the gallery's address with the member's code. */
export function cardQrText(galleryUrl: string, accessCode: string): string {
  const url = new URL(galleryUrl);
  url.searchParams.set("code", accessCode);
  return url.href;
}

/** The card's one line of instructions. */
export function cardInstructions(galleryUrl: string): string {
  return `Scan the code or open ${galleryUrl} and enter your code`;
}

const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
      }
    }
  }
  doc.fillColor("black").fill();
}

function drawCutLines(doc: PDFKit.PDFDocument) {
  doc.save().lineWidth(0.3).strokeColor("#999999").dash(3, { space: 3 });
  for (let c = 0; c <= COLUMNS; c++) {
    const x = LEFT + c * CARD_WIDTH;
    doc.moveTo(x, TOP - 8).lineTo(x, TOP + ROWS * CARD_HEIGHT + 8);
  }
  for (let r = 0; r <= ROWS; r++) {
    const y = TOP + r * CARD_HEIGHT;
    doc.moveTo(LEFT - 8, y).lineTo(LEFT + COLUMNS * CARD_WIDTH + 8, y);
  }
  doc.stroke().undash().restore();
}

/** The largest size from `max` down to `min` (in half points) at which `text` fits `width`. */
function fittedSize(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  max: number,
  min: number,
) {
  let size = max;
  while (size > min && doc.fontSize(size).widthOfString(text) > width) size -= 0.5;
  return size;
}

/** `text` on one line of `width`, cut with an ellipsis where it is longer. */
function oneLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number) {
  let shown = text;
  if (doc.widthOfString(shown) > width) {
    const letters = [...text];
    while (letters.length > 0 && doc.widthOfString(`${letters.join("").trimEnd()}…`) > width) {
      letters.pop();
    }
    shown = `${letters.join("").trimEnd()}…`;
  }
  doc.text(shown, x, y, { width, lineBreak: false });
}

/**
 * One card: the QR code top left; beside it the studio, the project, the
 * member's name and group, and the access code level with the QR code's foot;
 * across the bottom the instructions with the gallery's address.
 */
function drawCard(
  doc: PDFKit.PDFDocument,
  input: MemberCardsInput,
  card: MemberCard,
  x: number,
  y: number,
) {
  const top = y + PADDING;
  drawQr(doc, cardQrText(input.galleryUrl, card.accessCode), x + PADDING, top, QR_SIZE);
  const textX = x + PADDING + QR_SIZE + 3 * MM;
  const textWidth = x + CARD_WIDTH - PADDING - textX;

  doc.font("bold").fillColor("black");
  doc.fontSize(fittedSize(doc, input.studioName, textWidth, 8, 6));
  oneLine(doc, input.studioName, textX, top + 2, textWidth);
  doc.font("regular").fontSize(7).fillColor("#555555");
  oneLine(doc, input.projectName, textX, top + 13, textWidth);
  doc
    .font("bold")
    .fontSize(12)
    .fillColor("black")
    .text(card.name, textX, top + 27, { width: textWidth, height: 30, ellipsis: true });
  if (card.group) {
    doc.font("regular").fontSize(10);
    oneLine(doc, card.group, textX, doc.y + 2, textWidth);
  }

  const code = formatAccessCode(card.accessCode);
  doc.font("mono");
  const codeSize = fittedSize(doc, code, textWidth, 16, 12);
  doc
    .fontSize(codeSize)
    .text(code, textX, top + QR_SIZE - doc.currentLineHeight() - 2, { lineBreak: false });

  // When the sentence needs two lines, the address starts the second one, so
  // that it is not split at a hyphen or a slash.
  const width = CARD_WIDTH - 2 * PADDING;
  doc.font("regular").fontSize(INSTRUCTIONS_SIZE).fillColor("#333333");
  const instructions = cardInstructions(input.galleryUrl);
  const wrapped =
    doc.widthOfString(instructions) <= width
      ? instructions
      : instructions.replace(` ${input.galleryUrl}`, `\n${input.galleryUrl}`);
  const instructionsTop = top + QR_SIZE + 1.5 * MM;
  doc.text(wrapped, x + PADDING, instructionsTop, {
    width,
    height: y + CARD_HEIGHT - PADDING - instructionsTop,
    align: "center",
    ellipsis: true,
  });
  doc.fillColor("black");
}

export async function renderMemberCards(input: MemberCardsInput): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    info: { Title: `Member cards – ${input.projectName}` },
  });
  doc.registerFont("regular", path.join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));
  doc.registerFont("mono", path.join(FONTS, "DejaVuSansMono-Bold.ttf"));

  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  if (input.cards.length === 0) {
    doc.addPage();
    doc
      .font("regular")
      .fontSize(12)
      .text("No members to print.", LEFT, TOP, { width: PAGE.width - 2 * LEFT });
  }
  input.cards.forEach((card, i) => {
    const slot = i % CARDS_PER_PAGE;
    if (slot === 0) {
      doc.addPage();
      drawCutLines(doc);
    }
    const x = LEFT + (slot % COLUMNS) * CARD_WIDTH;
    const y = TOP + Math.floor(slot / COLUMNS) * CARD_HEIGHT;
    drawCard(doc, input, card, x, y);
  });
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
