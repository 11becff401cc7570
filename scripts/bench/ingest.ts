/**
 * Uploading camera-like photos: made in memory (3000x2000, sensor grain, EXIF
 * capture times, every tenth a member's QR card), sent to
 * `POST /v1/projects/:projectId/photos`, and the same image work done bare in
 * this process with the app's own functions, for comparison.
 */
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { sha256 } from "@/server/photos/images";
import { analysePhoto } from "@/server/photos/process";
import { watermarkedVariants } from "@/server/photos/watermark";
import { callJson } from "../lib/http-json";
import { cardPhoto, portraitPhoto, type ShotOptions } from "../seed/images";

export const WIDTH = 3000;
export const HEIGHT = 2000;
const CARD_EVERY = 10;
const TIME_ZONE = "Europe/Berlin";
const PASSWORD = "bench-password-1234";

/** A camera's files: grainy, quality 92, about 2 MB at 3000x2000. */
const CAMERA: Partial<ShotOptions> = { width: WIDTH, height: HEIGHT, quality: 92, grain: 32 };

export interface Upload {
  fileName: string;
  bytes: Buffer;
  /** For a card: the index of the member whose code it holds. */
  card?: number;
}

/** "2026:05:04 10:00:00" plus `seconds`, as a camera writes it (no zone: the shoot's). */
function exifTime(seconds: number): string {
  const at = new Date(Date.UTC(2026, 4, 4, 10, 0, 0) + seconds * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getUTCFullYear()}:${two(at.getUTCMonth() + 1)}:${two(at.getUTCDate())} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
}

const isCard = (index: number) => index % CARD_EVERY === 0;
export const cardCountOf = (photoCount: number) => Math.ceil(photoCount / CARD_EVERY);

export async function eachAtMost<T>(
  limit: number,
  items: readonly T[],
  work: (item: T) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const optionsFor = (index: number) => ({
  ...CAMERA,
  seed: 500 + Math.floor(index / CARD_EVERY),
  pose: index,
  takenAt: exifTime(index * 30),
});
const fileNameOf = (index: number) => `IMG_${String(index + 1).padStart(4, "0")}.jpg`;

/** The photos of people, made once: every shoot reuses them (in a project of its own). */
export async function makePortraits(photoCount: number): Promise<Map<number, Upload>> {
  const portraits = new Map<number, Upload>();
  const indexes = [...Array(photoCount).keys()].filter((index) => !isCard(index));
  await eachAtMost(availableParallelism(), indexes, async (index) => {
    const bytes = await portraitPhoto(optionsFor(index));
    portraits.set(index, { fileName: fileNameOf(index), bytes });
  });
  return portraits;
}

/** The shoot: a member's card, then the member nine times, and so on; cards hold `codes`. */
export async function makeShoot(codes: readonly string[], portraits: Map<number, Upload>) {
  const photoCount = portraits.size + codes.length;
  return Promise.all(
    [...Array(photoCount).keys()].map(async (index): Promise<Upload> => {
      if (!isCard(index)) return portraits.get(index)!;
      const card = Math.floor(index / CARD_EVERY);
      const bytes = await cardPhoto(codes[card]!, optionsFor(index));
      return { fileName: fileNameOf(index), bytes, card };
    }),
  );
}

export interface Timing {
  /** Wall time of the whole batch, ms. */
  wall: number;
  /** Each photo's time from start to answer, ms, sorted. */
  each: number[];
}

export async function timeBatch(
  uploads: readonly Upload[],
  clients: number,
  work: (upload: Upload) => Promise<void>,
): Promise<Timing> {
  const each: number[] = [];
  const started = performance.now();
  await eachAtMost(clients, uploads, async (upload) => {
    const at = performance.now();
    await work(upload);
    each.push(performance.now() - at);
  });
  return { wall: performance.now() - started, each: each.sort((a, b) => a - b) };
}

/**
 * The image work alone, as the app does it for each upload: the hash, the
 * analysis (EXIF, derived files, QR code) and, for a photo that is not a card,
 * the watermarked gallery images.
 */
export async function bare(upload: Upload, studioName = "Bench Studio"): Promise<void> {
  sha256(upload.bytes);
  const processed = await analysePhoto(upload.bytes, TIME_ZONE);
  if ((upload.card !== undefined) !== (processed.qrText !== null)) {
    throw new Error(`${upload.fileName}: the QR code was ${processed.qrText ? "" : "not "}found`);
  }
  if (processed.qrText === null) await watermarkedVariants(processed, studioName);
}

// ---- The app over HTTP ----

export interface IngestStudio {
  url: string;
  operator: string;
  photographer: { id: string; token: string };
}

export async function signUp(url: string): Promise<IngestStudio> {
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  const { token: operator } = await callJson<{ token: string }>(
    `${url}/v1/auth/register`,
    undefined,
    "POST",
    { name: "Bench Studio", email, password: PASSWORD },
  );
  const photographerEmail = `shooter-${email}`;
  const { id } = await callJson<{ id: string }>(
    `${url}/v1/auth/register-photographer`,
    operator,
    "POST",
    { name: "Bench Photographer", email: photographerEmail, password: PASSWORD },
  );
  const { token } = await callJson<{ token: string }>(`${url}/v1/auth/login`, undefined, "POST", {
    email: photographerEmail,
    password: PASSWORD,
  });
  return { url, operator, photographer: { id, token } };
}

/** A project with the photographer on it and one member per card; their access codes. */
export async function newProject(studio: IngestStudio, name: string, cardCount: number) {
  const { url, operator } = studio;
  const project = await callJson<{ id: string }>(`${url}/v1/projects`, operator, "POST", {
    name,
    timezone: TIME_ZONE,
  });
  await callJson(`${url}/v1/projects/${project.id}/photographers`, operator, "POST", {
    photographerId: studio.photographer.id,
  });
  const codes: string[] = [];
  for (let i = 0; i < cardCount; i++) {
    const member = await callJson<{ accessCode: string }>(
      `${url}/v1/projects/${project.id}/members`,
      operator,
      "POST",
      { name: `Member ${i + 1}` },
    );
    codes.push(member.accessCode);
  }
  return { id: project.id, codes };
}

export async function upload(studio: IngestStudio, projectId: string, item: Upload): Promise<void> {
  const form = new FormData();
  form.append(
    "file",
    new Blob([new Uint8Array(item.bytes)], { type: "image/jpeg" }),
    item.fileName,
  );
  const response = await fetch(`${studio.url}/v1/projects/${projectId}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${studio.photographer.token}` },
    body: form,
  });
  const photo = (await response.json()) as { kind?: string };
  if (response.status !== 201) {
    throw new Error(`${item.fileName}: ${response.status} ${JSON.stringify(photo)}`);
  }
  if ((photo.kind === "card") !== (item.card !== undefined)) {
    throw new Error(`${item.fileName} was filed as a ${photo.kind}`);
  }
}

/** Every card read as its member's, and every photo after one tagged by matching. */
export async function checkMatched(
  studio: IngestStudio,
  projectId: string,
  cardCount: number,
): Promise<void> {
  const list = (query: string) =>
    callJson<{ total: number }>(
      `${studio.url}/v1/projects/${projectId}/photos?limit=1&${query}`,
      studio.operator,
      "GET",
    );
  const [cards, untagged] = await Promise.all([list("kind=card"), list("tagged=false")]);
  if (cards.total !== cardCount || untagged.total !== 0) {
    throw new Error(`matching: ${cards.total} cards, ${untagged.total} photos left untagged`);
  }
}
