import { z } from "zod";
import { dateTime, uuid } from "@/server/validation";
import { pageCursor, pageLimit, pageOf } from "./paging";

export const AUDIT_ACTIONS = [
  "members_imported",
  "member_exported",
  "member_erased",
  "access_code_reissued",
  "member_deleted",
  "photos_deleted_by_retention",
  "members_anonymised_by_retention",
  "gallery_opened",
  "studio_suspended",
  "studio_unsuspended",
] as const;
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTOR_TYPES = [
  "operator",
  "photographer",
  "admin",
  "api_key",
  "member",
  "system",
] as const;

export const AUDIT_SUBJECT_TYPES = ["member", "project", "studio"] as const;

/** Entries older than this are purged (maintenance.purgeAuditLog). */
export const AUDIT_RETENTION_DAYS = 365;

export const ZListAuditLogInput = z
  .object({
    action: z
      .enum(AUDIT_ACTIONS, `must be one of ${AUDIT_ACTIONS.join(", ")}`)
      .optional()
      .describe("Only entries of this action"),
    subjectId: uuid().optional().describe("Only entries about this member or project"),
    from: dateTime().optional().describe("Only entries at or after this time"),
    to: dateTime().optional().describe("Only entries before this time"),
    limit: pageLimit(),
    cursor: pageCursor(),
  })
  .strict()
  .refine((input) => !input.from || !input.to || input.from < input.to, {
    path: ["to"],
    message: "must be after from",
  });
export type ListAuditLogInput = z.infer<typeof ZListAuditLogInput>;

export const ZAuditEntry = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  actor: z.object({
    type: z.enum(AUDIT_ACTOR_TYPES),
    id: z
      .uuid()
      .nullable()
      .describe(
        "The operator, photographer, admin, API key or member who acted; null for the system (scheduled retention)",
      ),
  }),
  action: z.enum(AUDIT_ACTIONS),
  subject: z.object({
    type: z.enum(AUDIT_SUBJECT_TYPES),
    id: z
      .uuid()
      .describe("The member's, project's or studio's id; a member or project may no longer exist"),
  }),
  details: z
    .record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]))
    .nullable()
    .describe("Counts only (such as an import's created, updated, unchanged and skipped rows)"),
});
export type AuditEntryOutput = z.infer<typeof ZAuditEntry>;

export const ZAuditLogPage = pageOf(ZAuditEntry, "Entries matching the filters");
export type AuditLogPage = z.infer<typeof ZAuditLogPage>;
