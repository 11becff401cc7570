import { readBarcodes } from "zxing-wasm/reader";
import { loadQrReader } from "@/server/photos/qr";

await loadQrReader();

/** Codes whose tops are this close (in pixels) stand in one row. */
const SAME_ROW = 20;

/** Every QR code zxing finds in a PNG or JPEG, in reading order: row by row, left to right. */
export async function decodeQrCodes(image: Uint8Array): Promise<string[]> {
  const found = await readBarcodes(image, { formats: ["QRCode"], maxNumberOfSymbols: 50 });
  return found
    .filter((barcode) => barcode.isValid)
    .map(({ text, position: { topLeft } }) => ({ text, ...topLeft }))
    .sort((a, b) => (Math.abs(a.y - b.y) > SAME_ROW ? a.y - b.y : a.x - b.x))
    .map((code) => code.text);
}
