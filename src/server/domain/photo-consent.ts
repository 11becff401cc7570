import type { Prisma } from "@/generated/prisma/client";

/**
 * A member without photo consent ("do not photograph") keeps every photo they
 * are tagged in out of the galleries and out of orders, group photos too: a
 * photo is shown only while no member tagged in it has withdrawn consent.
 * Asked at each read, so withdrawing consent hides the photos at once and
 * giving it back shows them again.
 */
export const consentedPhoto = {
  tags: { none: { member: { photoConsent: false } } },
} satisfies Prisma.PhotoWhereInput;

/** The same over SQL, for a photo row `alias`. */
export function consentedPhotoSql(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM photo_tags wt
                        JOIN members wm ON wm.operator_id = wt.operator_id AND wm.project_id = wt.project_id
                                       AND wm.id = wt.member_id
                       WHERE wt.photo_id = ${alias}.id AND NOT wm.photo_consent)`;
}
