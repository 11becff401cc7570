import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { readBarcodes } from "zxing-wasm/reader";
import { loadQrReader } from "@/server/photos/qr";

const run = promisify(execFile);
await loadQrReader();

/** Every QR code zxing finds in a PNG or JPEG, in reading order. */
export async function decodeQrCodes(image: Uint8Array): Promise<string[]> {
  const found = await readBarcodes(image, { formats: ["QRCode"], maxNumberOfSymbols: 50 });
  return found
    .filter((barcode) => barcode.isValid)
    .sort(
      (a, b) =>
        a.position.topLeft.y - b.position.topLeft.y || a.position.topLeft.x - b.position.topLeft.x,
    )
    .map((barcode) => barcode.text);
}

/** Renders each page of a PDF at `dpi` with poppler's pdftoppm, as a printer would. */
export async function renderPdfPages(pdf: Uint8Array, dpi = 150): Promise<Uint8Array[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "cards-"));
  try {
    await writeFile(path.join(dir, "in.pdf"), pdf);
    await run("pdftoppm", [
      "-r",
      String(dpi),
      "-png",
      path.join(dir, "in.pdf"),
      path.join(dir, "page"),
    ]);
    const pages = (await readdir(dir)).filter((name) => name.startsWith("page")).sort();
    return Promise.all(
      pages.map(async (name) => new Uint8Array(await readFile(path.join(dir, name)))),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF, as poppler's pdftotext extracts it. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "cards-"));
  try {
    await writeFile(path.join(dir, "in.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-layout", path.join(dir, "in.pdf"), "-"]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
