import path from "node:path";
import { getEnv } from "@/env";
import { folderStorage } from "./folder-storage";
import type { ObjectStorage } from "./object-storage";
import { parseS3Url, type S3Location, s3Storage } from "./s3-storage";

export {
  GALLERY_VARIANTS,
  type GalleryVariant,
  isStrayPhotoKey,
  type ListedObject,
  type ObjectBody,
  type ObjectStorage,
  PHOTO_KEY_PREFIX,
  PHOTO_VARIANTS,
  photoFolderKey,
  photoIdOfObjectKey,
  photoObjectKey,
  type PhotoVariant,
} from "./object-storage";

/**
 * The storage STORAGE_URL names: `s3://bucket?endpoint=…&region=…` for a
 * bucket, or a folder (`file:///srv/photos` or a path); empty means the
 * folder `photos` in DATA_DIR.
 */
export function storageFromUrl(url: string | undefined, dataDir: string): ObjectStorage {
  const location = storageLocation(url, dataDir);
  return location.kind === "folder" ? folderStorage(location.folder) : s3Storage(location.s3);
}

export type StorageLocation = { kind: "folder"; folder: string } | { kind: "s3"; s3: S3Location };

/** Which kind of storage STORAGE_URL names, for operations that treat them differently (backups). */
export function storageLocation(url: string | undefined, dataDir: string): StorageLocation {
  if (!url) return { kind: "folder", folder: path.resolve(dataDir, "photos") };
  if (url.startsWith("s3://")) return { kind: "s3", s3: parseS3Url(url) };
  if (url.startsWith("file://")) return { kind: "folder", folder: new URL(url).pathname };
  return { kind: "folder", folder: path.resolve(url) };
}

const holder = globalThis as typeof globalThis & { __photoStorage?: ObjectStorage };

/** This process's photo storage, from STORAGE_URL. */
export function photoStorage(): ObjectStorage {
  const env = getEnv();
  holder.__photoStorage ??= storageFromUrl(env.STORAGE_URL, env.dataDir);
  return holder.__photoStorage;
}
