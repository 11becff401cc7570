import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { uniqueEmail } from "../support/fixtures";

// This process's configuration (read once, on first use) sets a setup token.
const SETUP_TOKEN = "setup-token-0123456789abcdef";
process.env.ADMIN_SETUP_TOKEN = SETUP_TOKEN;

/** The setup page's procedures: the first admin with ADMIN_SETUP_TOKEN in the form. */
describe("setting up the first admin", () => {
  let database: TestDatabase;
  let address = 0;
  const api = () =>
    createCaller(
      createInnerContext({ db: database.prisma, clientAddress: `203.0.113.${++address}` }),
    );
  const first = {
    fullName: "First Admin",
    email: uniqueEmail("first"),
    password: "first password",
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it("asks for the token, names the field when it is missing or wrong, then creates the admin", async () => {
    expect(await api().admins.setupStatus()).toEqual({ adminExists: false, needsSetupToken: true });
    await expect(api().admins.setup(first)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { setupToken: ["is required"] } },
    });
    await expect(api().admins.setup({ ...first, setupToken: "wrong" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { setupToken: ["is not the server's ADMIN_SETUP_TOKEN"] } },
    });
    expect(await database.prisma.admin.count()).toBe(0);

    const session = await api().admins.setup({ ...first, setupToken: SETUP_TOKEN });
    expect(session).toMatchObject({ email: first.email, fullName: "First Admin" });
    await expect(
      api().admins.login({ email: first.email, password: first.password }),
    ).resolves.toMatchObject({ email: first.email });
  });

  it("says the console is set up once an admin exists, whatever the token", async () => {
    expect(await api().admins.setupStatus()).toEqual({ adminExists: true, needsSetupToken: false });
    await expect(
      api().admins.setup({ ...first, email: uniqueEmail("late"), setupToken: SETUP_TOKEN }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An admin exists already: sign in to the admin console",
    });
    expect(await database.prisma.admin.count()).toBe(1);
  });

  it("counts token guesses per address: the 11th within 15 minutes is refused", async () => {
    const other = await createTestDatabase();
    try {
      const guess = () =>
        createCaller(
          createInnerContext({ db: other.prisma, clientAddress: "198.51.100.77" }),
        ).admins.setup({ ...first, setupToken: "a guess" });
      for (let i = 0; i < 10; i++)
        await expect(guess()).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(guess()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    } finally {
      await other.destroy();
    }
  });
});
