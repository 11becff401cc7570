import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { formatAccessCode } from "@/lib/access-code-format";

/**
 * Member cards on A4: 10 per page (2 x 5, 85 x 55 mm, the size of a business
 * card) with cut lines. Each card has the project, the member's name and
 * group, the access code in large type and a QR code of the bare code, drawn
 * as vector squares so that it stays sharp at any print size. Text is set in
 * DejaVu, embedded, so names in Latin, Greek and Cyrillic scripts print as
 * written (PDF's 14 standard fonts cannot).
 */

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
const QR_SIZE = 34 * MM;

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

function drawCard(
  doc: PDFKit.PDFDocument,
  card: MemberCard,
  projectName: string,
  x: number,
  y: number,
) {
  drawQr(doc, card.accessCode, x + PADDING, y + PADDING, QR_SIZE);
  const textX = x + PADDING + QR_SIZE + 3 * MM;
  const textWidth = x + CARD_WIDTH - PADDING - textX;
  doc
    .font("regular")
    .fontSize(7)
    .fillColor("#555555")
    .text(projectName, textX, y + PADDING + 2, { width: textWidth, height: 18, ellipsis: true });
  doc
    .font("bold")
    .fontSize(12)
    .fillColor("black")
    .text(card.name, textX, y + PADDING + 22, { width: textWidth, height: 44, ellipsis: true });
  if (card.group) {
    doc
      .font("regular")
      .fontSize(10)
      .text(card.group, textX, y + PADDING + 68, { width: textWidth, height: 14, ellipsis: true });
  }
  doc
    .font("mono")
    .fontSize(18)
    .text(formatAccessCode(card.accessCode), x + PADDING, y + CARD_HEIGHT - PADDING - 22, {
      width: CARD_WIDTH - 2 * PADDING,
      align: "center",
      lineBreak: false,
    });
}

export async function renderMemberCards(input: {
  projectName: string;
  cards: MemberCard[];
}): Promise<Uint8Array<ArrayBuffer>> {
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
    drawCard(doc, card, input.projectName, x, y);
  });
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
