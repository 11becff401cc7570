import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import type { PrismaClient } from "@/generated/prisma/client";
import type { PhotographerCaller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { processPhoto } from "@/server/domain/photo-processing";
import { getPhoto, uploadPhoto } from "@/server/domain/photos";
import type { Photo } from "@/server/domain/photos.schemas";
import { withInlinePhotoWork } from "@/server/photos/processing-queue";
import { PhotoUpload } from "@/server/photos/upload";
import { photoStorage } from "@/server/storage";
import { cardPhoto, groupPhoto, portraitPhoto, scenePhoto } from "./images";

/**
 * One shoot day of the demo, as photographers shoot it: each starts with a test
 * shot or two of the empty set, then for every member photographs the member's
 * QR card, then the member two to four times. Every file is a real JPEG with
 * the capture time in its EXIF, ingested by the real upload path (the same one
 * a resumable upload ends in) and processed right away by the app's own
 * processing, so cards are read and photos matched by the app.
 */

export interface ShootMember {
  id: string;
  accessCode: string;
  /** Picks the person's colours: the same member looks the same in every shot. */
  seed: number;
}

export interface ShootPlan {
  /** The database `tenant` is a slice of: the photos are processed on it, in line. */
  database: PrismaClient;
  tenant: Tenant;
  projectId: string;
  timezone: string;
  /** When the first shot is taken. */
  startAt: Date;
  /** The project's photographers, each with their camera's file-name prefix and counter. */
  crew: { caller: PhotographerCaller; camera: Camera }[];
  /** Members in the order they are photographed; shared among the crew in turn. */
  members: ShootMember[];
  /** Shots of each member after their card, 2 to 4. */
  photosOf(member: ShootMember): number;
  /** Test shots of the empty set before a photographer's first card (never tagged). */
  warmUps(crewIndex: number): number;
  /** A group shot of these members before the first photographer's first card. */
  group?: ShootMember[];
  /** When the crew uploaded the shoot: the photos count as uploaded then, a few seconds apart. */
  uploadedAt: Date;
}

/** A camera's file names: prefix and a counter that runs on across shoots. */
export interface Camera {
  prefix: string;
  next: number;
}

export interface ShootResult {
  photos: number;
  cards: number;
  /** The group shot, not tagged by matching (it comes before any card). */
  group: Photo | null;
}

interface Shot {
  /** Its place in the upload, from 0. */
  index: number;
  crewIndex: number;
  fileName: string;
  takenAt: string;
  make(takenAt: string): Promise<Buffer>;
  kind: "card" | "photo" | "group";
  /** For a card: the member it must be read as. */
  cardOf?: string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The wall-clock time in `timeZone` as EXIF writes it: "YYYY:MM:DD hh:mm:ss". */
export function exifTime(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${local.getFullYear()}:${two(local.getMonth() + 1)}:${two(local.getDate())} ` +
    `${two(local.getHours())}:${two(local.getMinutes())}:${two(local.getSeconds())}`
  );
}

function fileName(camera: Camera): string {
  const name = `${camera.prefix}${String(camera.next).padStart(4, "0")}.jpg`;
  camera.next++;
  return name;
}

/** Each photographer's shots in the order the camera took them. */
function planShots(plan: ShootPlan): Shot[] {
  const shots: Shot[] = [];
  const clocks = plan.crew.map((_, i) => plan.startAt.getTime() + i * 2 * MINUTE);
  const shoot = (
    crewIndex: number,
    kind: Shot["kind"],
    make: Shot["make"],
    after: number,
    cardOf?: string,
  ): void => {
    clocks[crewIndex]! += after;
    const camera = plan.crew[crewIndex]!.camera;
    const at = new Date(clocks[crewIndex]!);
    shots.push({
      index: shots.length,
      crewIndex,
      fileName: fileName(camera),
      takenAt: exifTime(at, plan.timezone),
      make,
      kind,
      cardOf,
    });
  };

  plan.crew.forEach((_, crewIndex) => {
    for (let i = 0; i < plan.warmUps(crewIndex); i++) {
      const seed = plan.members[0]?.seed ?? 0;
      shoot(
        crewIndex,
        "photo",
        (takenAt) => scenePhoto({ seed: seed + 7 * crewIndex, pose: i, takenAt }),
        40 * SECOND,
      );
    }
  });
  if (plan.group && plan.group.length > 0) {
    const people = plan.group.length;
    const seed = plan.group[0]!.seed + 1;
    shoot(0, "group", (takenAt) => groupPhoto({ seed, people, takenAt }), 3 * MINUTE);
  }
  plan.members.forEach((member, index) => {
    const crewIndex = index % plan.crew.length;
    // The next person steps up: a few minutes after the last shot.
    shoot(
      crewIndex,
      "card",
      (takenAt) => cardPhoto(member.accessCode, { seed: member.seed, takenAt }),
      (2 + (member.seed % 4)) * MINUTE,
      member.id,
    );
    for (let pose = 0; pose < plan.photosOf(member); pose++) {
      shoot(
        crewIndex,
        "photo",
        (takenAt) => portraitPhoto({ seed: member.seed, pose, takenAt }),
        (20 + ((member.seed + pose * 7) % 25)) * SECOND,
      );
    }
  });
  return shots;
}

async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Makes and uploads the shoot's photos, a few at a time (image work runs on
 * libvips' threads, so two or three in flight keep two cores busy).
 */
export async function shootDemoPhotos(plan: ShootPlan, concurrency = 3): Promise<ShootResult> {
  const shots = planShots(plan);
  const folder = await mkdtemp(path.join(tmpdir(), "demo-photos-"));
  const result: ShootResult = { photos: 0, cards: 0, group: null };
  try {
    await eachAtMost(concurrency, shots, async (shot) => {
      const bytes = await shot.make(shot.takenAt);
      const file = path.join(folder, `${shot.crewIndex}-${shot.fileName}`);
      await writeFile(file, bytes);
      const caller = plan.crew[shot.crewIndex]!.caller;
      // Processed here and now, not by background work: the demo is complete when the seed ends.
      const { photo: filed, created } = await withInlinePhotoWork(() =>
        uploadPhoto(plan.tenant, caller, {
          projectId: plan.projectId,
          upload: PhotoUpload.fromFile(file, shot.fileName),
          respondWithinSeconds: 0,
        }),
      );
      await processPhoto(plan.database, photoStorage(), filed.id);
      const photo = await getPhoto(plan.tenant, caller, filed.id);
      await plan.database.photo.update({
        where: { id: filed.id },
        data: { uploadedAt: new Date(plan.uploadedAt.getTime() + shot.index * 15 * SECOND) },
      });
      if (photo.status !== "ready") {
        throw new Error(`demo photo ${shot.fileName} was not processed: ${photo.processingError}`);
      }
      if (!created) throw new Error(`demo photo ${shot.fileName} repeats an earlier one`);
      if (photo.kind !== (shot.kind === "card" ? "card" : "photo")) {
        throw new Error(`demo photo ${shot.fileName} was read as a ${photo.kind}`);
      }
      if (shot.cardOf && photo.cardMemberId !== shot.cardOf) {
        throw new Error(`demo card ${shot.fileName} was not read as its member's card`);
      }
      if (shot.kind === "card") result.cards++;
      else result.photos++;
      if (shot.kind === "group") result.group = photo;
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return result;
}
