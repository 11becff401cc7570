import path from "node:path";
import { getEnv } from "@/env";
import { folderStorage } from "./folder-storage";
import type { ObjectStorage } from "./object-storage";
import { parseS3Url, s3Storage } from "./s3-storage";

export {
  type ListedObject,
  type ObjectStorage,
  PHOTO_KEY_PREFIX,
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
  if (!url) return folderStorage(path.resolve(dataDir, "photos"));
  if (url.startsWith("s3://")) return s3Storage(parseS3Url(url));
  if (url.startsWith("file://")) return folderStorage(new URL(url).pathname);
  return folderStorage(path.resolve(url));
}

const holder = globalThis as typeof globalThis & { __photoStorage?: ObjectStorage };

/** This process's photo storage, from STORAGE_URL. */
export function photoStorage(): ObjectStorage {
  const env = getEnv();
  holder.__photoStorage ??= storageFromUrl(env.STORAGE_URL, env.dataDir);
  return holder.__photoStorage;
}
