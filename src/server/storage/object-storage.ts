import type { Readable } from "node:stream";

/**
 * Where photo files live: one small interface, a folder or an S3-compatible
 * bucket behind it (chosen by STORAGE_URL), and one function that names every
 * object. Nothing outside this folder knows which one is in use.
 */
export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  size: number;
}

/** One stored object as a listing names it. */
export interface ListedObject {
  key: string;
  lastModified: Date;
}

/**
 * What `put` writes: bytes in memory (small derived files), or a stream of
 * `size` bytes (an original, straight from its staged file, never held whole).
 * A stream is consumed, or destroyed when the write fails.
 */
export type ObjectBody = Uint8Array | StreamedBody;

export interface StreamedBody {
  stream: Readable;
  size: number;
}

export const isStreamedBody = (body: ObjectBody): body is StreamedBody =>
  !(body instanceof Uint8Array);

export interface ObjectStorage {
  /** Writes the whole object or nothing: a reader never sees half a file. */
  put(key: string, body: ObjectBody, contentType: string): Promise<void>;
  /** The object, or null when there is none. */
  open(key: string): Promise<StoredObject | null>;
  /** Removes the objects; missing ones are fine. */
  delete(keys: readonly string[]): Promise<void>;
  /** Every object whose key starts with `prefix`, in no particular order. */
  list(prefix: string): AsyncIterable<ListedObject>;
}

/** The files of every processed photo: the upload as it came, and the derived JPEGs. */
export const PHOTO_VARIANTS = ["original", "preview", "thumb"] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

/**
 * The members' gallery images, made once with the studio's watermark. Their
 * keys carry the watermark's version, so a new watermark is stored beside the
 * old one and a photo's row switches between them in one update.
 */
export const GALLERY_VARIANTS = ["gallery-thumb", "gallery-preview"] as const;
export type GalleryVariant = (typeof GALLERY_VARIANTS)[number];

const WATERMARK_VERSION = /^[0-9a-f]{8,64}$/;

/** Every key `photoObjectKey` makes starts with this. */
export const PHOTO_KEY_PREFIX = "photos/";

interface PhotoPlace {
  operatorId: string;
  projectId: string;
  id: string;
}

/** The folder (key prefix) that holds every file of one photo. */
export function photoFolderKey(photo: PhotoPlace): string {
  return `${PHOTO_KEY_PREFIX}${photo.operatorId}/${photo.projectId}/${photo.id}/`;
}

/**
 * The one place an object's key is made: studio, project, photo, variant, and
 * for a gallery variant the version of the watermark it carries.
 */
export function photoObjectKey(photo: PhotoPlace, variant: PhotoVariant): string;
export function photoObjectKey(
  photo: PhotoPlace,
  variant: GalleryVariant,
  watermarkVersion: string,
): string;
export function photoObjectKey(
  photo: PhotoPlace,
  variant: PhotoVariant | GalleryVariant,
  watermarkVersion?: string,
): string {
  if (watermarkVersion === undefined) return `${photoFolderKey(photo)}${variant}`;
  if (!WATERMARK_VERSION.test(watermarkVersion)) {
    throw new Error(`Not a watermark version: ${watermarkVersion}`);
  }
  return `${photoFolderKey(photo)}${variant}.${watermarkVersion}`;
}

/**
 * Whether `key`, listed under the photo's folder, is none of the photo's
 * current files: a gallery image made with another watermark than
 * `galleryVersion` (null: none), or a write cut off half way.
 */
export function isStrayPhotoKey(
  photo: PhotoPlace,
  key: string,
  galleryVersion: string | null,
): boolean {
  const current = new Set<string>(PHOTO_VARIANTS.map((variant) => photoObjectKey(photo, variant)));
  if (galleryVersion !== null) {
    for (const variant of GALLERY_VARIANTS) {
      current.add(photoObjectKey(photo, variant, galleryVersion));
    }
  }
  return key.startsWith(photoFolderKey(photo)) && !current.has(key);
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const PHOTO_KEY = new RegExp(`^photos/${UUID}/${UUID}/(${UUID})/[^/]+$`, "i");

/**
 * The id of the photo a key made by `photoObjectKey` belongs to (any file in
 * the photo's folder counts, such as a write cut off half way), or null.
 */
export function photoIdOfObjectKey(key: string): string | null {
  return PHOTO_KEY.exec(key)?.[1]?.toLowerCase() ?? null;
}

const SAFE_KEY = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9/_.-]*$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`Unsafe object key: ${key}`);
}
