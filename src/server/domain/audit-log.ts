import type { AuditAction, AuditActorType, Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";

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
  subject: { type: "member" | "project"; id: string };
  /** Counts and ids only: never a name, an address or a code. */
  details?: Record<string, number | string | boolean | null>;
  /** When it happened; now by default (jobs pass the time they run for). */
  at?: Date;
}

type AuditWriter = {
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
