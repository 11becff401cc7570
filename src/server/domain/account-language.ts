import type { PrismaClient } from "@/generated/prisma/client";
import { isLanguage } from "@/i18n/locales";
import type { OperatorCaller, PhotographerCaller } from "@/server/auth/caller";
import { AppError } from "@/server/errors";
import type { AccountLanguage } from "./account-language.schemas";

/** The language a studio's or a photographer's own pages speak (src/i18n/page-intl.ts reads it). */

type BackofficeCaller = OperatorCaller | PhotographerCaller;

async function accountIdOf(db: PrismaClient, caller: BackofficeCaller): Promise<string> {
  const owner =
    caller.role === "operator"
      ? await db.operator.findUnique({ where: { id: caller.id }, select: { accountId: true } })
      : await db.photographer.findFirst({
          where: { id: caller.id, deletedAt: null },
          select: { accountId: true },
        });
  if (!owner?.accountId) throw new AppError("UNAUTHORIZED", "A valid bearer token is required");
  return owner.accountId;
}

export async function getAccountLanguage(
  db: PrismaClient,
  caller: BackofficeCaller,
): Promise<AccountLanguage> {
  const { language } = await db.account.findUniqueOrThrow({
    where: { id: await accountIdOf(db, caller) },
    select: { language: true },
  });
  return { language: isLanguage(language) ? language : null };
}

export async function setAccountLanguage(
  db: PrismaClient,
  caller: BackofficeCaller,
  { language }: AccountLanguage,
): Promise<AccountLanguage> {
  await db.account.update({ where: { id: await accountIdOf(db, caller) }, data: { language } });
  return { language };
}
