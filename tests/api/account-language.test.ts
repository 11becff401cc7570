import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { Caller } from "@/server/auth/caller";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator, insertPhotographer } from "../support/fixtures";

describe("the language of a person's own pages", () => {
  let database: TestDatabase;
  const api = (caller: Caller | null) =>
    createCaller(
      createInnerContext({ db: database.prisma, getCaller: () => Promise.resolve(caller) }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  async function studioWithPhotographer() {
    const operator = await insertOperator(database.prisma);
    const photographer = await insertPhotographer(database.prisma, operator.id);
    return {
      operator: api({ role: "operator", id: operator.id, operatorId: operator.id }),
      photographer: api({ role: "photographer", id: photographer.id, operatorId: operator.id }),
      operatorAccountId: operator.accountId!,
      photographerAccountId: photographer.accountId!,
    };
  }

  const storedLanguage = async (accountId: string) =>
    (await database.prisma.account.findUniqueOrThrow({ where: { id: accountId } })).language;

  it("is the studio's until the operator picks one, and back after picking the default", async () => {
    const { operator, operatorAccountId } = await studioWithPhotographer();
    expect(await operator.account.language()).toEqual({ language: null });

    expect(await operator.account.setLanguage({ language: "de" })).toEqual({ language: "de" });
    expect(await operator.account.language()).toEqual({ language: "de" });
    expect(await storedLanguage(operatorAccountId)).toBe("de");

    expect(await operator.account.setLanguage({ language: "en" })).toEqual({ language: "en" });
    expect(await operator.account.language()).toEqual({ language: "en" });

    expect(await operator.account.setLanguage({ language: null })).toEqual({ language: null });
    expect(await operator.account.language()).toEqual({ language: null });
    expect(await storedLanguage(operatorAccountId)).toBeNull();
  });

  it("is a photographer's own, apart from their studio owner's", async () => {
    const { operator, photographer, operatorAccountId, photographerAccountId } =
      await studioWithPhotographer();
    await operator.account.setLanguage({ language: "de" });

    expect(await photographer.account.language()).toEqual({ language: null });
    expect(await photographer.account.setLanguage({ language: "en" })).toEqual({
      language: "en",
    });
    expect(await photographer.account.language()).toEqual({ language: "en" });
    expect(await storedLanguage(photographerAccountId)).toBe("en");
    expect(await operator.account.language()).toEqual({ language: "de" });
    expect(await storedLanguage(operatorAccountId)).toBe("de");
  });

  it("answers 400 naming `language` for a language the pages do not speak", async () => {
    const { operator, photographer, operatorAccountId } = await studioWithPhotographer();
    await operator.account.setLanguage({ language: "de" });
    for (const person of [operator, photographer]) {
      for (const language of ["fr", "DE", "de-DE", "", 7]) {
        await expect(
          person.account.setLanguage({ language: language as "de" }),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
          cause: { fieldErrors: { language: [expect.any(String)] } },
        });
      }
      await expect(person.account.setLanguage({} as { language: null })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { language: [expect.any(String)] } },
      });
    }
    expect(await storedLanguage(operatorAccountId)).toBe("de");
  });

  it("is for operators and photographers only", async () => {
    const admin = await database.prisma.admin.create({
      data: { email: `admin-${Date.now()}@example.test`, fullName: "Admin", passwordHash: "x" },
    });
    await expect(
      api({ role: "admin", id: admin.id }).account.setLanguage({ language: "de" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api(null).account.language()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
