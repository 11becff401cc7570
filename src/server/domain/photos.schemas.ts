import { z } from "zod";
import { PhotoUpload } from "@/server/photos/upload";
import { uuid } from "@/server/validation";
import { pageCursor, pageLimit, pageOf } from "./paging";

export const MAX_TAGS_PER_PHOTO = 50;

export const PHOTO_FILE_SIZES = ["thumb", "preview", "original"] as const;
export type PhotoFileSize = (typeof PHOTO_FILE_SIZES)[number];

const booleanText = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean("must be true or false"),
);

/** How long an upload waits at most for its photo to be processed before answering. */
export const UPLOAD_WAIT_SECONDS = 30;

export const ZUploadPhotoInput = z
  .object({
    projectId: uuid(),
    upload: z
      .instanceof(PhotoUpload)
      .describe(
        "multipart/form-data: one `file` part (JPEG, PNG or WebP, at most 50 MB), when an operator uploads `photographerId`, and optionally `clientOrder`",
      ),
    respondWithinSeconds: z
      .int()
      .min(0)
      .max(UPLOAD_WAIT_SECONDS)
      .default(UPLOAD_WAIT_SECONDS)
      .describe(
        "How long to wait for processing before answering; 0 answers at once (the REST API takes it from `Prefer: respond-async` or `wait`)",
      ),
  })
  .strict();
export type UploadPhotoInput = z.infer<typeof ZUploadPhotoInput>;

/** The largest `clientOrder`: integers past it lose precision in JSON and JavaScript. */
export const MAX_CLIENT_ORDER = Number.MAX_SAFE_INTEGER;

/**
 * Where the client puts this file among those it sends: any whole number that
 * grows with each file it starts sending (the portal sends the time it queued
 * the file, in milliseconds). Matching orders photos without a capture time by
 * file counter, then by this; never by when they arrived.
 */
export const ZClientOrder = z
  .string()
  .regex(/^\d{1,16}$/, "must be a whole number from 0")
  .transform(Number)
  .pipe(z.number().max(MAX_CLIENT_ORDER, `must be at most ${MAX_CLIENT_ORDER}`));

/** The form fields that come with the file. */
export const ZUploadFields = z.object({
  photographerId: uuid().optional(),
  clientOrder: ZClientOrder.optional(),
});

export const ZListPhotosInput = z
  .object({
    projectId: uuid(),
    limit: pageLimit(),
    cursor: pageCursor(),
    memberId: uuid().optional().describe("Only photos this member is tagged in"),
    kind: z.enum(["photo", "card"], "must be photo or card").optional(),
    tagged: booleanText
      .optional()
      .describe("true: photos with a tag; false: processed photos without (cards excluded)"),
    photographerId: uuid().optional(),
    status: z
      .enum(["processing", "ready", "failed"], "must be processing, ready or failed")
      .optional()
      .describe("Only photos whose processing stands there"),
  })
  .strict();
export type ListPhotosInput = z.infer<typeof ZListPhotosInput>;

export const ZPhotoIdInput = z.object({ id: uuid() }).strict();

export const ZPhotoFileInput = z
  .object({
    id: uuid(),
    size: z
      .enum(PHOTO_FILE_SIZES, "must be thumb, preview or original")
      .default("original")
      .describe("thumb (400 px), preview (1600 px), both JPEG, or the original as uploaded"),
  })
  .strict();
export type PhotoFileInput = z.infer<typeof ZPhotoFileInput>;

export const ZSetPhotoTagsInput = z
  .object({
    id: uuid(),
    memberIds: z
      .array(uuid())
      .max(MAX_TAGS_PER_PHOTO, `must have at most ${MAX_TAGS_PER_PHOTO} members`)
      .describe("Members of the photo's project; replaces every tag, [] for none"),
  })
  .strict();
export type SetPhotoTagsInput = z.infer<typeof ZSetPhotoTagsInput>;

export const ZTagPhotosInput = z
  .object({
    projectId: uuid(),
    photoIds: z.array(uuid()).min(1, "must name a photo").max(500, "must have at most 500 photos"),
    add: z.array(uuid()).max(MAX_TAGS_PER_PHOTO).default([]),
    remove: z.array(uuid()).max(MAX_TAGS_PER_PHOTO).default([]),
  })
  .strict();
export type TagPhotosInput = z.infer<typeof ZTagPhotosInput>;

export const PHOTO_STATUSES = ["processing", "ready", "failed"] as const;
export type PhotoStatus = (typeof PHOTO_STATUSES)[number];

export const ZPhotoTag = z.object({
  memberId: z.uuid(),
  name: z.string(),
  source: z.enum(["card", "manual"]),
});

export const ZPhoto = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  photographerId: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.int(),
  width: z.int(),
  height: z.int(),
  takenAt: z.iso
    .datetime()
    .nullable()
    .describe("Capture time from EXIF (with its offset, else in the project's time zone)"),
  uploadedAt: z.iso.datetime(),
  sha256: z.string().nullable(),
  kind: z.enum(["photo", "card"]),
  cardMemberId: z
    .uuid()
    .nullable()
    .describe("For a card: the member its QR code names; null for a code of no member here"),
  tags: z.array(ZPhotoTag),
  status: z
    .enum(PHOTO_STATUSES)
    .describe(
      "processing: stored, its derived files, capture time, card and matching not done yet; ready; failed: see processingError",
    ),
  processingError: z
    .string()
    .nullable()
    .describe("Why processing failed (for a failed photo); null otherwise"),
  processedAt: z.iso.datetime().nullable().describe("When processing ended"),
});
export type Photo = z.infer<typeof ZPhoto>;

export const ZPhotoPage = pageOf(ZPhoto, "Photos matching the filters");
export type PhotoPage = z.infer<typeof ZPhotoPage>;

export const ZUploadResult = z.object({
  photo: ZPhoto.describe("Processed, or `status: processing` when answered before it was"),
  created: z.boolean().describe("false: the same bytes were in the project already"),
});
export type UploadResult = z.infer<typeof ZUploadResult>;

/** A file to send: opened only when the client does not have it already (ETag). */
export interface PhotoFile {
  etag: string;
  contentType: string;
  /** For `original`: the name it was uploaded with. */
  downloadName: string | null;
  open(): Promise<{ body: ReadableStream<Uint8Array>; size: number }>;
}
export const ZPhotoFile = z.custom<PhotoFile>(
  (value) => typeof value === "object" && value !== null && "etag" in value,
);
