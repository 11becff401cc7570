import { z } from "zod";

/**
 * What the gallery's privacy page shows. Signed out it is the general text
 * only (studio and project null): nothing of any studio is shown to someone
 * who has not entered a code.
 */
export const ZGalleryPrivacy = z.object({
  signedIn: z.boolean(),
  studio: z
    .object({
      name: z.string(),
      locale: z.string(),
      /** Whom to ask for a copy or the erasure of one's data; null when the studio has not said. */
      privacyContact: z.string().nullable(),
      /** The studio's own privacy notice. */
      privacyText: z.string().nullable(),
    })
    .nullable(),
  project: z
    .object({
      name: z.string(),
      timezone: z.string(),
      /** When the photos are deleted (retention.ts). */
      deletePhotosAfter: z.iso.datetime(),
      /** When names, addresses and codes are anonymised (retention.ts). */
      anonymiseMembersAfter: z.iso.datetime(),
    })
    .nullable(),
});
export type GalleryPrivacy = z.infer<typeof ZGalleryPrivacy>;
