import { listAuditLog } from "@/server/domain/audit-log";
import { ZAuditLogPage, ZListAuditLogInput } from "@/server/domain/audit-log.schemas";
import { createTRPCRouter, operatorProcedure } from "../trpc";

export const auditLogRouter = createTRPCRouter({
  /** Who did what to personal data, newest first: operators only. */
  list: operatorProcedure
    .input(ZListAuditLogInput)
    .output(ZAuditLogPage)
    .query(({ ctx, input }) => listAuditLog(ctx.tenant, input)),
});
