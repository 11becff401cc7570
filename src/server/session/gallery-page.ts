import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { hasGallerySessionCookie } from "@/server/auth/gallery-session";
import { getDb } from "@/server/db";
import { galleryMemberFrom } from "@/server/domain/gallery";
import { AppError } from "@/server/errors";

/**
 * The member of this page request's gallery cookie, or null (once per
 * request); `unavailable` when the cookie is good but the studio is suspended.
 */
export const galleryPageState = cache(async () => {
  try {
    return {
      member: await galleryMemberFrom(getDb(), await headers(), new Date()),
      unavailable: false,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "STUDIO_SUSPENDED")
      return { member: null, unavailable: true };
    throw error;
  }
});

export const currentGalleryMember = async () => (await galleryPageState()).member;

/** Whether the request carried a gallery cookie at all (to say a session has ended). */
export async function hadGalleryCookie(): Promise<boolean> {
  return hasGallerySessionCookie(await headers());
}
