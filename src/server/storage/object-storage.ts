/**
 * Where photo files live: one small interface, a folder or an S3-compatible
 * bucket behind it (chosen by STORAGE_URL), and one function that names every
 * object. Nothing outside this folder knows which one is in use.
 */
export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface ObjectStorage {
  /** Writes the whole object or nothing: a reader never sees half a file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none. */
  open(key: string): Promise<StoredObject | null>;
  /** Removes the objects; missing ones are fine. */
  delete(keys: readonly string[]): Promise<void>;
}

export const PHOTO_VARIANTS = ["original", "preview", "thumb"] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

/** The one place an object's key is made: studio, project, photo, variant. */
export function photoObjectKey(
  photo: { operatorId: string; projectId: string; id: string },
  variant: PhotoVariant,
): string {
  return `photos/${photo.operatorId}/${photo.projectId}/${photo.id}/${variant}`;
}

const SAFE_KEY = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9/_.-]*$/;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key)) throw new Error(`Unsafe object key: ${key}`);
}
