import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { hasGallerySessionCookie } from "@/server/auth/gallery-session";
import { getDb } from "@/server/db";
import { galleryMemberFrom } from "@/server/domain/gallery";

/** The member of this page request's gallery cookie, or null (once per request). */
export const currentGalleryMember = cache(async () =>
  galleryMemberFrom(getDb(), await headers(), new Date()),
);

/** Whether the request carried a gallery cookie at all (to say a session has ended). */
export async function hadGalleryCookie(): Promise<boolean> {
  return hasGallerySessionCookie(await headers());
}
