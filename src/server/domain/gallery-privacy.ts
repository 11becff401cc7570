import type { PrismaClient } from "@/generated/prisma/client";
import { tenantOf } from "@/server/db/tenant";
import type { GalleryMember } from "./gallery";
import type { GalleryPrivacy } from "./gallery-privacy.schemas";
import { retentionDates } from "./retention";

const GENERAL: GalleryPrivacy = { signedIn: false, studio: null, project: null };

const blankToNull = (text: string | null) => text?.trim() || null;

/**
 * The gallery's privacy page: for a signed-in member, their studio's privacy
 * contact and notice and their project's retention dates (its own or the
 * defaults); for anyone else the general text only.
 */
export async function galleryPrivacy(
  db: PrismaClient,
  member: GalleryMember | null,
): Promise<GalleryPrivacy> {
  if (!member) return GENERAL;
  const tenant = tenantOf(db, member.operatorId);
  const [studio, project] = await Promise.all([
    tenant.db.operator.findFirstOrThrow({
      select: { name: true, locale: true, privacyContact: true, privacyText: true },
    }),
    tenant.db.project.findFirstOrThrow({
      where: { id: member.projectId },
      select: {
        name: true,
        timezone: true,
        deletePhotosAfter: true,
        anonymiseMembersAfter: true,
        ordersCloseAt: true,
        startAt: true,
        endAt: true,
        createdAt: true,
      },
    }),
  ]);
  const dates = retentionDates(project);
  return {
    signedIn: true,
    studio: {
      name: studio.name,
      locale: studio.locale,
      privacyContact: blankToNull(studio.privacyContact),
      privacyText: blankToNull(studio.privacyText),
    },
    project: {
      name: project.name,
      timezone: project.timezone,
      deletePhotosAfter: dates.deletePhotosAfter.toISOString(),
      anonymiseMembersAfter: dates.anonymiseMembersAfter.toISOString(),
    },
  };
}
