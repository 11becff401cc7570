import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const secret = "s".repeat(32);
const dataDir = () => mkdtempSync(path.join(tmpdir(), "env-test-"));

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("takes DATA_ENCRYPTION_KEY as 32 bytes in base64, and STRIPE_API_URL as an http(s) URL", () => {
    const base = { NODE_ENV: "development", DATA_DIR: dataDir() };
    const key = Buffer.alloc(32, 7).toString("base64");
    const env = parseEnv({
      ...base,
      DATA_ENCRYPTION_KEY: key,
      STRIPE_API_URL: "http://127.0.0.1:12111",
    });
    expect(env.DATA_ENCRYPTION_KEY).toBe(key);
    expect(env.STRIPE_API_URL).toBe("http://127.0.0.1:12111");
    expect(parseEnv(base).STRIPE_API_URL).toBe("https://api.stripe.com");
    for (const bad of [Buffer.alloc(16).toString("base64"), "not base64 at all!", "s".repeat(44)]) {
      expect(problemsOf({ ...base, DATA_ENCRYPTION_KEY: bad })).toEqual([
        expect.stringMatching(/^DATA_ENCRYPTION_KEY: must be 32 random bytes in base64/),
      ]);
    }
    expect(problemsOf({ ...base, STRIPE_API_URL: "ftp://stripe" })).toEqual([
      "STRIPE_API_URL: must be an http(s) URL",
    ]);
  });

  it("has working defaults for a newcomer", () => {
    const env = parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir() });
    expect(env).toMatchObject({
      PORT: 3001,
      HOSTNAME: "127.0.0.1",
      BCRYPT_COST: 12,
      LOG_LEVEL: "info",
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("hashes passwords on one core fewer than the machine has, unless told", () => {
    const threads = Number(process.env.UV_THREADPOOL_SIZE) || 4;
    const env = parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir() });
    expect(env.BCRYPT_CONCURRENCY).toBe(
      Math.max(1, Math.min(availableParallelism() - 1, threads - 1)),
    );
    const given = parseEnv({
      NODE_ENV: "development",
      DATA_DIR: dataDir(),
      BCRYPT_CONCURRENCY: "2",
    });
    expect(given.BCRYPT_CONCURRENCY).toBe(2);
    expect(problemsOf({ BCRYPT_CONCURRENCY: "0" })[0]).toMatch(/^BCRYPT_CONCURRENCY:/);
  });

  it("budgets 300 wrong gallery codes a minute on the platform, unless told", () => {
    expect(
      parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir() }).GALLERY_WRONG_CODES_PER_MINUTE,
    ).toBe(300);
    const given = parseEnv({
      NODE_ENV: "development",
      DATA_DIR: dataDir(),
      GALLERY_WRONG_CODES_PER_MINUTE: "1000",
    });
    expect(given.GALLERY_WRONG_CODES_PER_MINUTE).toBe(1000);
    for (const bad of ["0", "-5", "2.5", "many"]) {
      expect(problemsOf({ GALLERY_WRONG_CODES_PER_MINUTE: bad })[0], bad).toMatch(
        /^GALLERY_WRONG_CODES_PER_MINUTE:/,
      );
    }
  });

  it("bounds the PostgreSQL pool: size, connection wait and statement time", () => {
    expect(parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir() })).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 5_000,
      DATABASE_POOL_TIMEOUT_MS: 10_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 30_000,
    });
    const given = parseEnv({
      NODE_ENV: "development",
      DATA_DIR: dataDir(),
      DATABASE_POOL_SIZE: "25",
      DATABASE_CONNECT_TIMEOUT_MS: "2500",
      DATABASE_POOL_TIMEOUT_MS: "20000",
      DATABASE_STATEMENT_TIMEOUT_MS: "5000",
    });
    expect(given).toMatchObject({
      DATABASE_POOL_SIZE: 25,
      DATABASE_CONNECT_TIMEOUT_MS: 2_500,
      DATABASE_POOL_TIMEOUT_MS: 20_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 5_000,
    });
    expect(
      problemsOf({ DATABASE_POOL_SIZE: "0", DATABASE_STATEMENT_TIMEOUT_MS: "soon" }).map(
        (problem) => problem.split(":")[0],
      ),
    ).toEqual(["DATABASE_POOL_SIZE", "DATABASE_STATEMENT_TIMEOUT_MS"]);
  });

  it("stops in production without AUTH_SECRET, naming it", () => {
    const problems = problemsOf({ NODE_ENV: "production", DATA_DIR: dataDir() });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_SECRET: required in production/);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(problemsOf({ NODE_ENV: "production", AUTH_SECRET: "short" })).toEqual([
      "AUTH_SECRET: must be at least 32 characters",
    ]);
  });

  it("names every bad variable", () => {
    const problems = problemsOf({
      PORT: "eighty",
      DATABASE_URL: "mysql://localhost/db",
      BCRYPT_COST: "40",
      LOG_LEVEL: "loud",
      SMTP_URL: "http://mail",
    });
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual([
      "BCRYPT_COST",
      "DATABASE_URL",
      "LOG_LEVEL",
      "PORT",
      "SMTP_URL",
    ]);
  });

  it("listens on this machine only outside production, on every address in production, unless told", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: secret, MAIL_TRANSPORT: "file" };
    expect(parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir() }).HOSTNAME).toBe("127.0.0.1");
    expect(parseEnv(production).HOSTNAME).toBe("0.0.0.0");
    const told = { NODE_ENV: "development", DATA_DIR: dataDir(), HOSTNAME: "0.0.0.0" };
    expect(parseEnv(told).HOSTNAME).toBe("0.0.0.0");
    expect(parseEnv({ ...production, HOSTNAME: "10.0.0.5" }).HOSTNAME).toBe("10.0.0.5");
  });

  it("accepts a PostgreSQL URL and a production secret", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      SMTP_URL: "smtp://mail.example.test:587",
      DATABASE_URL: "postgresql://user:pw@db:5432/app",
    });
    expect(env.DATABASE_URL).toBe("postgresql://user:pw@db:5432/app");
    expect(env.AUTH_SECRET).toBe(secret);
  });

  it("treats empty values as unset", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      MAIL_TRANSPORT: "file",
      DATABASE_URL: "",
      PORT: "",
    });
    expect(env.PORT).toBe(3001);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("generates a development secret once and keeps it in DATA_DIR", () => {
    const dir = dataDir();
    const first = parseEnv({ NODE_ENV: "development", DATA_DIR: dir });
    const second = parseEnv({ NODE_ENV: "development", DATA_DIR: dir });
    const file = path.join(dir, "auth-secret");
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(readFileSync(file, "utf8")).toBe(first.AUTH_SECRET);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("never writes a secret file in production", () => {
    const dir = dataDir();
    parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      MAIL_TRANSPORT: "file",
      DATA_DIR: dir,
    });
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });

  it("stops in production without SMTP_URL, naming SMTP_URL and MAIL_TRANSPORT", () => {
    const problems = problemsOf({ NODE_ENV: "production", AUTH_SECRET: secret });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SMTP_URL: required in production/);
    expect(problems[0]).toContain("MAIL_TRANSPORT=file");
  });

  it("sends mail over SMTP when SMTP_URL is set, and writes files only when told to in production", () => {
    const smtp = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      SMTP_URL: "smtps://mail.example.test",
    });
    expect(smtp.MAIL_TRANSPORT).toBe("smtp");
    const files = parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, MAIL_TRANSPORT: "file" });
    expect(files.MAIL_TRANSPORT).toBe("file");
  });

  it("keeps writing .eml files by default in development and tests", () => {
    for (const NODE_ENV of ["development", "test"]) {
      expect(parseEnv({ NODE_ENV, DATA_DIR: dataDir() }).MAIL_TRANSPORT).toBe("file");
    }
  });

  it("refuses a mail transport that contradicts SMTP_URL", () => {
    expect(problemsOf({ NODE_ENV: "test", AUTH_SECRET: secret, MAIL_TRANSPORT: "smtp" })).toEqual([
      "SMTP_URL: required when MAIL_TRANSPORT=smtp",
    ]);
    expect(
      problemsOf({
        NODE_ENV: "test",
        AUTH_SECRET: secret,
        MAIL_TRANSPORT: "file",
        SMTP_URL: "smtp://mail",
      }),
    ).toEqual(["MAIL_TRANSPORT: is file, but SMTP_URL is set too; unset one of them"]);
  });

  it("accepts an ADMIN_SETUP_TOKEN of 16 characters or more", () => {
    expect(
      problemsOf({ NODE_ENV: "test", AUTH_SECRET: secret, ADMIN_SETUP_TOKEN: "short" }),
    ).toEqual(["ADMIN_SETUP_TOKEN: must be at least 16 characters"]);
    expect(
      parseEnv({ NODE_ENV: "test", AUTH_SECRET: secret, ADMIN_SETUP_TOKEN: "t".repeat(16) })
        .ADMIN_SETUP_TOKEN,
    ).toBe("t".repeat(16));
  });
});
