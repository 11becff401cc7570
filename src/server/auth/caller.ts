import type { PrismaClient } from "@/generated/prisma/client";
import { driverQuery } from "@/server/db/driver-query";
import { AppError } from "@/server/errors";
import { type Audience, type TokenSubject, verifyToken } from "./tokens";

/** Who is calling, verified against the database. */
export type Caller =
  | {
      role: "operator";
      id: string;
      operatorId: string;
      /** Set when an API key speaks for the operator. */
      apiKeyId?: string;
    }
  | { role: "photographer"; id: string; operatorId: string }
  | { role: "admin"; id: string };

export type OperatorCaller = Extract<Caller, { role: "operator" }>;
export type PhotographerCaller = Extract<Caller, { role: "photographer" }>;
export type AdminCaller = Extract<Caller, { role: "admin" }>;

/**
 * The caller a verified token (or browser session) speaks for, or null when
 * that user no longer exists or the token predates their latest token version
 * (password changed, deleted). One indexed query: it runs on every
 * authenticated request. An operator or photographer of a suspended studio is
 * refused with STUDIO_SUSPENDED (403): their sessions and tokens stay valid and
 * work again once the suspension is lifted.
 */
export async function resolveCaller(
  db: PrismaClient,
  subject: TokenSubject,
): Promise<Caller | null> {
  const query = driverQuery(db);
  switch (subject.role) {
    case "operator": {
      const [row] = await query<{ token_version: number; suspended_at: Date | null }>(
        `SELECT a.token_version, o.suspended_at FROM operators o JOIN accounts a ON a.id = o.account_id
          WHERE o.id = $1::uuid`,
        [subject.sub],
      );
      if (!row || row.token_version !== subject.tv) return null;
      if (row.suspended_at) throw AppError.studioSuspended();
      return { role: "operator", id: subject.sub, operatorId: subject.sub };
    }
    case "photographer": {
      const [row] = await query<{
        operator_id: string;
        token_version: number;
        suspended_at: Date | null;
      }>(
        `SELECT p.operator_id, a.token_version, o.suspended_at
           FROM photographers p JOIN accounts a ON a.id = p.account_id
           JOIN operators o ON o.id = p.operator_id
          WHERE p.id = $1::uuid AND p.deleted_at IS NULL`,
        [subject.sub],
      );
      if (!row || row.token_version !== subject.tv) return null;
      if (row.suspended_at) throw AppError.studioSuspended();
      return { role: "photographer", id: subject.sub, operatorId: row.operator_id };
    }
    case "admin": {
      const [row] = await query<{ token_version: number }>(
        "SELECT token_version FROM admins WHERE id = $1::uuid",
        [subject.sub],
      );
      if (row?.token_version !== subject.tv) return null;
      return { role: "admin", id: subject.sub };
    }
  }
}

/** Verifies a bearer token for the given audiences and resolves its caller. */
export async function authenticateToken(
  db: PrismaClient,
  token: string,
  audiences: readonly Audience[],
  now?: Date,
): Promise<Caller | null> {
  const subject = await verifyToken(token, audiences, now);
  return subject ? resolveCaller(db, subject) : null;
}
