import type { PrismaClient } from "@/generated/prisma/client";
import { type Audience, type TokenSubject, verifyToken } from "./tokens";

/** Who is calling, verified against the database. */
export type Caller =
  | { role: "operator"; id: string; operatorId: string }
  | { role: "photographer"; id: string; operatorId: string }
  | { role: "admin"; id: string };

export type OperatorCaller = Extract<Caller, { role: "operator" }>;
export type PhotographerCaller = Extract<Caller, { role: "photographer" }>;
export type AdminCaller = Extract<Caller, { role: "admin" }>;

/**
 * The caller a verified token (or browser session) speaks for, or null when
 * that user no longer exists or the token predates their latest token version
 * (password changed, deleted). One indexed read.
 */
export async function resolveCaller(
  db: PrismaClient,
  subject: TokenSubject,
): Promise<Caller | null> {
  switch (subject.role) {
    case "operator": {
      const operator = await db.operator.findUnique({
        where: { id: subject.sub },
        select: { id: true, account: { select: { tokenVersion: true } } },
      });
      if (operator?.account.tokenVersion !== subject.tv) return null;
      return { role: "operator", id: operator.id, operatorId: operator.id };
    }
    case "photographer": {
      const photographer = await db.photographer.findUnique({
        where: { id: subject.sub },
        select: { id: true, operatorId: true, account: { select: { tokenVersion: true } } },
      });
      if (!photographer?.account || photographer.account.tokenVersion !== subject.tv) return null;
      return { role: "photographer", id: photographer.id, operatorId: photographer.operatorId };
    }
    case "admin": {
      const admin = await db.admin.findUnique({
        where: { id: subject.sub },
        select: { id: true, tokenVersion: true },
      });
      if (admin?.tokenVersion !== subject.tv) return null;
      return { role: "admin", id: admin.id };
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
