import type { AuditAction, AuditActorType, Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import {
  AUDIT_RETENTION_DAYS,
  type AuditEntryOutput,
  type AuditLogPage,
  type ListAuditLogInput,
} from "./audit-log.schemas";
import { decodeCursor, encodeCursor, isTimestamp, isUuid } from "./paging";

/**
 * The audit log of personal data: who did what to whom, by id only. Entries
 * are written in the same transaction as what they record, so an action that
 * rolled back leaves no entry and one that happened always has one.
 */

export interface AuditActor {
  type: AuditActorType;
  /** The operator, photographer, admin, API key or member; null for the system. */
  id: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { type: "system", id: null };

/** An API key speaking for a studio is recorded as the key, not as the studio. */
export function auditActorOf(caller: Caller): AuditActor {
  if (caller.role === "operator" && caller.apiKeyId)
    return { type: "api_key", id: caller.apiKeyId };
  return { type: caller.role, id: caller.id };
}

export interface AuditRecord {
  operatorId: string;
  actor: AuditActor;
  action: AuditAction;
  subject: { type: "member" | "project" | "studio"; id: string };
  /** Counts and ids only: never a name, an address or a code. */
  details?: Record<string, number | string | boolean | null>;
  /** When it happened; now by default (jobs pass the time they run for). */
  at?: Date;
}

/** A client or transaction that can write an entry (the transaction of the action it records). */
export type AuditWriter = {
  auditEntry: { create(args: { data: Prisma.AuditEntryUncheckedCreateInput }): unknown };
};

export async function recordAudit(db: AuditWriter, record: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      operatorId: record.operatorId,
      actorType: record.actor.type,
      actorId: record.actor.id,
      action: record.action,
      subjectType: record.subject.type,
      subjectId: record.subject.id,
      details: record.details,
      at: record.at,
    },
  });
}

const readCursor = (text: string) =>
  decodeCursor(text, ([at, id]) => (isTimestamp(at) && isUuid(id) ? { at, id } : null));

function toAuditEntry(row: {
  id: string;
  at: Date;
  actorType: AuditActorType;
  actorId: string | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  details: Prisma.JsonValue;
}): AuditEntryOutput {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { type: row.actorType, id: row.actorId },
    action: row.action,
    subject: { type: row.subjectType as AuditEntryOutput["subject"]["type"], id: row.subjectId },
    details: (row.details ?? null) as AuditEntryOutput["details"],
  };
}

/**
 * The studio's entries, newest first (ties by id, the order of the
 * (operator, at desc, id) index), optionally of one action, about one
 * subject, or within [from, to). The cursor is the last row's (at, id).
 */
export async function listAuditLog(
  tenant: Tenant,
  input: ListAuditLogInput,
): Promise<AuditLogPage> {
  const cursor = input.cursor ? readCursor(input.cursor) : undefined;
  const where: Prisma.AuditEntryWhereInput = {
    ...(input.action && { action: input.action }),
    ...(input.subjectId && { subjectId: input.subjectId }),
    ...((input.from || input.to) && {
      at: { ...(input.from && { gte: input.from }), ...(input.to && { lt: input.to }) },
    }),
  };
  const after: Prisma.AuditEntryWhereInput = cursor
    ? {
        OR: [
          { at: { lt: new Date(cursor.at) } },
          { at: new Date(cursor.at), id: { gt: cursor.id } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    tenant.db.auditEntry.findMany({
      where: { AND: [where, after] },
      orderBy: [{ at: "desc" }, { id: "asc" }],
      take: input.limit + 1,
    }),
    tenant.db.auditEntry.count({ where }),
  ]);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map(toAuditEntry),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null,
    total,
  };
}

/** Every studio's entries older than AUDIT_RETENTION_DAYS before `now`; answers how many went. */
export async function purgeAuditLog(db: PrismaClient, now: Date): Promise<number> {
  const before = new Date(now.getTime() - AUDIT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.auditEntry.deleteMany({ where: { at: { lt: before } } });
  return count;
}
