import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
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
  it("has working defaults for a newcomer", () => {
    const env = parseEnv({ NODE_ENV: "development", DATA_DIR: dataDir() });
    expect(env).toMatchObject({
      PORT: 3001,
      HOSTNAME: "0.0.0.0",
      BCRYPT_COST: 12,
      LOG_LEVEL: "info",
    });
    expect(env.DATABASE_URL).toBeUndefined();
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

  it("accepts a PostgreSQL URL and a production secret", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      DATABASE_URL: "postgresql://user:pw@db:5432/app",
    });
    expect(env.DATABASE_URL).toBe("postgresql://user:pw@db:5432/app");
    expect(env.AUTH_SECRET).toBe(secret);
  });

  it("treats empty values as unset", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
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
    parseEnv({ NODE_ENV: "production", AUTH_SECRET: secret, DATA_DIR: dir });
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });
});
