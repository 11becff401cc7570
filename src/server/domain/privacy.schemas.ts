import { z } from "zod";
import type { ZipDownload } from "@/server/http/zip-stream";

/** One member's data as a zip (`member.json` and their photos' originals), streamed by the REST route. */
export const ZMemberExport = z
  .custom<ZipDownload>((value) => typeof value === "object" && value !== null && "entries" in value)
  .describe("A zip: member.json and the originals of the member's photos");

/** What erasing a member removed, changed and kept. */
export const ZErasureReport = z.object({
  photosDeleted: z
    .int()
    .describe(
      "Photos deleted with all their files: those in which only this member was tagged, and their cards",
    ),
  photosUntagged: z.int().describe("Group photos kept, with only this member's tag removed"),
  ordersAnonymised: z
    .int()
    .describe("Orders kept for the books (amounts, package, dates) without the member"),
});
export type ErasureReport = z.infer<typeof ZErasureReport>;

/** The `member.json` of an export: what the studio holds about one member. */
export interface MemberExportDocument {
  exportedAt: string;
  member: {
    id: string;
    project: { id: string; name: string };
    name: string;
    email: string | null;
    email2: string | null;
    externalId: string | null;
    group: string | null;
    accessCode: string;
    enrolledAt: string;
    firstViewedAt: string | null;
    photoConsent: boolean;
    emailOptOut: boolean;
  };
  orders: {
    id: string;
    status: string;
    package: { id: string; name: string };
    listPriceInCents: number;
    discountInCents: number;
    couponCode: string | null;
    amountInCents: number;
    currency: string;
    externalId: string | null;
    orderedAt: string;
    paidAt: string | null;
    refundedAt: string | null;
    photoIds: string[];
  }[];
  galleryVisits: { firstViewedAt: string | null; opened: string[] };
  emails: {
    kind: string;
    address: string;
    status: string;
    queuedAt: string;
    sentAt: string | null;
    failedAt: string | null;
  }[];
  photos: {
    id: string;
    /** Where its original is in the zip. */
    file: string;
    fileName: string;
    kind: "photo" | "card";
    takenAt: string | null;
    uploadedAt: string;
  }[];
}
