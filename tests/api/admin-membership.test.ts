import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { Caller } from "@/server/auth/caller";
import { createTestDatabase } from "../support/database";
import { uniqueEmail } from "../support/fixtures";

const register = { fullName: "Admin", password: "admin password 1" };

describe("who is an admin", () => {
  it("bootstraps exactly one admin when two register at once", async () => {
    const database = await createTestDatabase();
    try {
      const anonymous = () => createCaller(createInnerContext({ db: database.prisma }));
      const outcomes = await Promise.allSettled([
        anonymous().admins.register({ ...register, email: uniqueEmail() }),
        anonymous().admins.register({ ...register, email: uniqueEmail() }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({
        reason: { code: "UNAUTHORIZED" },
      });
      expect(await database.prisma.admin.count()).toBe(1);
    } finally {
      await database.destroy();
    }
  });

  it("never loses its last admin, even when two delete each other at once", async () => {
    const database = await createTestDatabase();
    try {
      const [a, b] = await Promise.all(
        ["a", "b"].map((name) =>
          database.prisma.admin.create({
            data: { email: uniqueEmail(name), fullName: name, passwordHash: "x" },
          }),
        ),
      );
      const as = (caller: Caller) =>
        createCaller(createInnerContext({ db: database.prisma, getCaller: async () => caller }));
      const outcomes = await Promise.allSettled([
        as({ role: "admin", id: a!.id }).admins.delete({ id: b!.id }),
        as({ role: "admin", id: b!.id }).admins.delete({ id: a!.id }),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({
        reason: { code: "CONFLICT" },
      });
      expect(await database.prisma.admin.count()).toBe(1);
    } finally {
      await database.destroy();
    }
  });
});
