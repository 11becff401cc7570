import QRCode from "qrcode";
import sharp from "sharp";

/**
 * Made-up photos for the demo studio and the ingest benchmark: soft studio
 * backdrops with one or more silhouettes, and the same scene with the member's
 * QR card held up, as a photographer shoots it before the person. Drawn as SVG
 * and encoded by sharp, so no font or image file is needed, and deterministic:
 * the same options give the same bytes (and so the same sha256).
 */

export interface ShotOptions {
  /** Picks the colours and the little variations: one seed per person (or scene). */
  seed: number;
  /** Varies the pose and framing between shots of the same person. */
  pose?: number;
  /** EXIF DateTimeOriginal as a camera writes it: "YYYY:MM:DD hh:mm:ss", wall-clock time. */
  takenAt?: string;
  /** EXIF OffsetTimeOriginal, such as "+02:00"; cameras often leave it out. */
  offset?: string;
  width?: number;
  height?: number;
  /** JPEG quality; 84 by default. */
  quality?: number;
  /**
   * Sensor grain, 0 to 64: how far the noise moves a pixel. Real camera files
   * are grainy, which makes them larger and slower to decode; 0 (the default)
   * keeps demo files small.
   */
  grain?: number;
}

/** mulberry32: a small seeded generator, so every picture is reproducible. */
function randomFrom(seed: number) {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, between: (min: number, max: number) => min + next() * (max - min) };
}

function hsl(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

const round = (value: number) => Math.round(value * 10) / 10;

interface Palette {
  top: string;
  bottom: string;
  figure: string;
  figureLight: string;
  glow: string;
}

function paletteFor(seed: number): Palette {
  const random = randomFrom(seed * 7 + 3);
  const hue = random.between(0, 360);
  const shift = random.between(25, 70);
  return {
    top: hsl(hue, 55, 84),
    bottom: hsl((hue + shift) % 360, 40, 62),
    figure: hsl((hue + 200) % 360, 22, 28),
    figureLight: hsl((hue + 200) % 360, 18, 42),
    glow: hsl((hue + shift / 2) % 360, 80, 96),
  };
}

/**
 * Backdrop (one radial gradient: a lit centre falling off to darker edges, so
 * it doubles as the vignette), a floor light and out-of-focus highlights.
 */
function backdrop(width: number, height: number, palette: Palette, seed: number): string {
  const random = randomFrom(seed * 13 + 5);
  const bokeh = Array.from({ length: 9 }, () => {
    const r = random.between(0.03, 0.09) * width;
    return `<circle cx="${round(random.between(0, width))}" cy="${round(random.between(0, height * 0.6))}" r="${round(r)}" fill="url(#bokeh)" opacity="${round(random.between(0.35, 0.8))}"/>`;
  }).join("");
  return `
    <defs>
      <radialGradient id="backdrop" cx="${round(random.between(0.4, 0.6))}" cy="0.4" r="0.8">
        <stop offset="0" stop-color="${palette.glow}"/>
        <stop offset="0.45" stop-color="${palette.top}"/>
        <stop offset="1" stop-color="${palette.bottom}"/>
      </radialGradient>
      <radialGradient id="bokeh">
        <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/>
        <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
      </radialGradient>
      <linearGradient id="figure" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="${palette.figureLight}"/>
        <stop offset="1" stop-color="${palette.figure}"/>
      </linearGradient>
    </defs>
    <rect width="${width}" height="${height}" fill="url(#backdrop)"/>
    ${bokeh}
    <rect y="${round(height * 0.82)}" width="${width}" height="${round(height * 0.18)}" fill="#ffffff" opacity="0.1"/>`;
}

/** Head, neck and shoulders, standing on the bottom edge; `r` is the head's height / 2. */
function silhouette(cx: number, cy: number, r: number, bottom: number): string {
  const shoulders = cy + 1.55 * r;
  return `
    <path fill="url(#figure)" d="M ${round(cx - 2.5 * r)} ${bottom}
      C ${round(cx - 2.5 * r)} ${round(shoulders + 0.5 * r)} ${round(cx - 1.7 * r)} ${round(shoulders)} ${round(cx - 0.9 * r)} ${round(shoulders - 0.05 * r)}
      L ${round(cx + 0.9 * r)} ${round(shoulders - 0.05 * r)}
      C ${round(cx + 1.7 * r)} ${round(shoulders)} ${round(cx + 2.5 * r)} ${round(shoulders + 0.5 * r)} ${round(cx + 2.5 * r)} ${bottom} Z"/>
    <rect fill="url(#figure)" x="${round(cx - 0.3 * r)}" y="${round(cy + 0.6 * r)}" width="${round(0.6 * r)}" height="${round(r)}"/>
    <ellipse fill="url(#figure)" cx="${round(cx)}" cy="${round(cy)}" rx="${round(0.78 * r)}" ry="${round(r)}"/>`;
}

/** A printed card with the QR code of `text`, as the card PDF draws it, centred on (cx, cy). */
function card(text: string, cx: number, cy: number, width: number): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const qrSize = width * 0.8;
  const cell = qrSize / (modules.size + 2 * quiet);
  const height = width * 1.3;
  const left = cx - width / 2;
  const top = cy - height / 2;
  const qrLeft = left + (width - qrSize) / 2;
  const qrTop = top + (width - qrSize) / 2;
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        path += `M${round(qrLeft + (col + quiet) * cell)} ${round(qrTop + (row + quiet) * cell)}h${round(cell)}v${round(cell)}h${-round(cell)}z`;
      }
    }
  }
  const line = (y: number, share: number) =>
    `<rect x="${round(left + width * 0.1)}" y="${round(y)}" width="${round(width * 0.8 * share)}" height="${round(width * 0.045)}" rx="${round(width * 0.02)}" fill="#9aa3ad"/>`;
  return `
    <rect x="${round(left + 6)}" y="${round(top + 8)}" width="${round(width)}" height="${round(height)}" rx="${round(width * 0.04)}" fill="#000000" opacity="0.18"/>
    <rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" rx="${round(width * 0.04)}" fill="#ffffff"/>
    <path d="${path}" fill="#111111" shape-rendering="crispEdges"/>
    ${line(top + width * 0.98, 0.9)}
    ${line(top + width * 1.1, 0.6)}
    ${line(top + width * 1.2, 0.75)}`;
}

const GRAIN_TILE = 509;

/** A tile of grey noise around mid-grey, repeated over the frame (a prime side hides the seams). */
function grainTile(seed: number, amount: number): Buffer {
  const random = randomFrom(seed);
  const tile = Buffer.alloc(GRAIN_TILE * GRAIN_TILE);
  for (let i = 0; i < tile.length; i++)
    tile[i] = 128 + Math.round((random.next() * 2 - 1) * amount);
  return tile;
}

async function encode(svg: string, options: ShotOptions): Promise<Buffer> {
  const exif: Record<string, string> = {};
  if (options.takenAt) exif.DateTimeOriginal = options.takenAt;
  if (options.offset) exif.OffsetTimeOriginal = options.offset;
  let image = sharp(Buffer.from(svg));
  if (options.grain) {
    const tile = grainTile(options.seed * 97 + (options.pose ?? 0), options.grain);
    image = image.composite([
      {
        input: tile,
        raw: { width: GRAIN_TILE, height: GRAIN_TILE, channels: 1 },
        tile: true,
        blend: "overlay",
      },
    ]);
  }
  return image
    .jpeg({ quality: options.quality ?? 84 })
    .withExif({ IFD0: { Make: "Lumen", Model: "Demo Camera" }, IFD2: exif })
    .toBuffer();
}

function frame(options: ShotOptions) {
  const { width = 1200, height = 800 } = options;
  return { width, height, palette: paletteFor(options.seed) };
}

const svgOpen = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;

/** A portrait of one person: the pose moves and zooms the framing a little. */
export function portraitPhoto(options: ShotOptions): Promise<Buffer> {
  const { width, height, palette } = frame(options);
  const pose = randomFrom(options.seed * 31 + (options.pose ?? 0) * 101 + 17);
  const r = height * pose.between(0.13, 0.2);
  const cx = width * pose.between(0.36, 0.64);
  const cy = height - r * pose.between(3.1, 3.6);
  const svg = `${svgOpen(width, height)}
    ${backdrop(width, height, palette, options.seed + (options.pose ?? 0))}
    ${silhouette(cx, cy, r, height)}
  </svg>`;
  return encode(svg, options);
}

/** Several people side by side: a group shot. */
export function groupPhoto(options: ShotOptions & { people: number }): Promise<Buffer> {
  const { width, height, palette } = frame(options);
  const random = randomFrom(options.seed * 43 + 11);
  const people = Array.from({ length: options.people }, (_, i) => {
    const r = height * random.between(0.1, 0.125);
    const cx = (width * (i + 1)) / (options.people + 1) + random.between(-0.02, 0.02) * width;
    return silhouette(cx, height - r * random.between(3.2, 3.7), r, height);
  });
  const svg = `${svgOpen(width, height)}
    ${backdrop(width, height, palette, options.seed)}
    ${people.join("")}
  </svg>`;
  return encode(svg, options);
}

/** The empty set before the first person: a test shot of the backdrop and a stool. */
export function scenePhoto(options: ShotOptions): Promise<Buffer> {
  const { width, height, palette } = frame(options);
  const random = randomFrom(options.seed * 59 + (options.pose ?? 0));
  const x = width * random.between(0.4, 0.55);
  const seat = height * 0.66;
  const svg = `${svgOpen(width, height)}
    ${backdrop(width, height, palette, options.seed + (options.pose ?? 0))}
    <rect x="${round(x)}" y="${round(seat)}" width="${round(width * 0.12)}" height="${round(height * 0.035)}" rx="8" fill="url(#figure)"/>
    <rect x="${round(x + width * 0.015)}" y="${round(seat)}" width="${round(width * 0.012)}" height="${round(height - seat)}" fill="url(#figure)"/>
    <rect x="${round(x + width * 0.093)}" y="${round(seat)}" width="${round(width * 0.012)}" height="${round(height - seat)}" fill="url(#figure)"/>
  </svg>`;
  return encode(svg, options);
}

/**
 * The person holding up their QR card: `accessCode` is what the code holds
 * (the printed cards hold the access code itself). The card is a fifth of the
 * frame's width, so the code survives the downscaled copy the app decodes.
 */
export function cardPhoto(accessCode: string, options: ShotOptions): Promise<Buffer> {
  const { width, height, palette } = frame(options);
  const random = randomFrom(options.seed * 71 + 29);
  const r = height * 0.14;
  const cx = width * random.between(0.42, 0.58);
  const cy = height * 0.3;
  const cardWidth = width * 0.21;
  const svg = `${svgOpen(width, height)}
    ${backdrop(width, height, palette, options.seed)}
    ${silhouette(cx, cy, r, height)}
    ${card(accessCode, cx + random.between(-0.03, 0.03) * width, height * 0.66, cardWidth)}
  </svg>`;
  return encode(svg, options);
}
