import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Reads PDFs back the way a person sees them, with Mozilla's PDF.js and a Skia
 * canvas (@napi-rs/canvas, its prebuilt binary inside the npm package), so the
 * tests need nothing outside node_modules.
 */
const pdfjsFolder = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const standardFontDataUrl = `${path.join(pdfjsFolder, "standard_fonts")}/`;

/** Opens `pdf` for `read`, and frees what PDF.js holds afterwards. */
async function withPdf<T>(pdf: Uint8Array, read: (document: PDFDocumentProxy) => Promise<T>) {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const loading = getDocument({ data: pdf.slice(), standardFontDataUrl });
  try {
    return await read(await loading.promise);
  } finally {
    await loading.destroy();
  }
}

/** Renders each page at `dpi` as a printer would, as PNG images. */
export async function renderPdfPages(pdf: Uint8Array, dpi = 150): Promise<Uint8Array[]> {
  return withPdf(pdf, async (document) => {
    const pages: Uint8Array[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvasFactory = document.canvasFactory as {
        create(width: number, height: number): { canvas: unknown };
      };
      const { canvas } = canvasFactory.create(
        Math.ceil(viewport.width),
        Math.ceil(viewport.height),
      );
      await page.render({ canvas: canvas as HTMLCanvasElement, viewport, background: "white" })
        .promise;
      pages.push(
        new Uint8Array((canvas as { toBuffer(type: "image/png"): Buffer }).toBuffer("image/png")),
      );
      page.cleanup();
    }
    return pages;
  });
}

/** The text of a PDF, page after page, each line of a page on a line of its own. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  return withPdf(pdf, async (document) => {
    const lines: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let line = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = "";
        } else line += " ";
      }
      if (line) lines.push(line);
      lines.push("\f");
    }
    return lines.join("\n");
  });
}
