import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * One core short of all of them, and one libuv thread short of the pool
 * (UV_THREADPOOL_SIZE, 4 by default): requests keep a core, file reads a thread.
 */
function defaultBcryptConcurrency(): number {
  const threads = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  return Math.max(1, Math.min(availableParallelism() - 1, threads - 1));
}

/**
 * Every setting the app reads, validated once. A missing or bad value stops the
 * app with the variable's name (see `EnvError`). `.env.example` and the README's
 * configuration table list the same variables.
 */
/** One core short of all of them, so requests keep a core while photos are processed. */
function defaultImageConcurrency(): number {
  return Math.max(1, availableParallelism() - 1);
}

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /** Default: every address in production, only this machine otherwise (the demo logins are public). */
  HOSTNAME: z.string().trim().min(1).optional(),
  /** Set when a reverse proxy in front of the app appends the client's address to X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" })
    .optional(),
  /** PostgreSQL only: connections per app process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  /** PostgreSQL only: how long to wait for a new connection to the server. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** PostgreSQL only: how long a request queues for a free connection when all are busy. */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** PostgreSQL only: the server cancels any statement running longer (its statement_timeout). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  /** Where photo files live: a folder, or s3://bucket?endpoint=…&region=…; default DATA_DIR/photos. */
  STORAGE_URL: z.string().trim().min(1).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The public address of the app, for browser sign-in (next-auth). */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  /** `file` writes mail as .eml files in DATA_DIR/mail/; production must say so explicitly. */
  MAIL_TRANSPORT: z.enum(["smtp", "file"], { error: "must be smtp or file" }).optional(),
  MAIL_FROM: z.string().trim().min(3).default("Photo Backoffice <no-reply@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  /** Password hashes computed at once; the others wait their turn. */
  BCRYPT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(defaultBcryptConcurrency),
  /** After SIGTERM: how long /api/health says 503 while requests are still served. */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /**
   * Wrong gallery access codes per minute across the whole platform (every
   * address together) before wrong codes are answered more and more slowly.
   */
  GALLERY_WRONG_CODES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(300),
  /** When set, registering the first admin needs it in the X-Admin-Setup-Token header. */
  ADMIN_SETUP_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * Whether this process runs the background jobs (1, the default) or only
   * enqueues them (0; then `npm run worker` runs them, PostgreSQL only).
   */
  WORKERS: z
    .enum(["true", "false", "1", "0"], { error: "must be 1 or 0" })
    .default("1")
    .transform((value) => value === "true" || value === "1"),
  /** Photo jobs this process runs at once. */
  IMAGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(defaultImageConcurrency),
  /** When set, GET /metrics answers Prometheus text to `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * A cron expression that replaces the schedule of every recurring chore
   * (orphan sweep, purges), e.g. `* * * * *` to run them every minute.
   */
  /**
   * 32 random bytes in base64 (`openssl rand -base64 32`): the key that studios'
   * payment keys are stored under (AES-256-GCM). Production refuses to store a
   * payment key without it; elsewhere a key derived from AUTH_SECRET stands in.
   */
  DATA_ENCRYPTION_KEY: z
    .string()
    .trim()
    .refine(
      (value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32,
      "must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`",
    )
    .optional(),
  /** Where the Stripe SDK sends its requests: Stripe's own API, or a local stand-in for tests. */
  STRIPE_API_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .default("https://api.stripe.com"),
  /**
   * Webhook endpoints on private and loopback addresses (an intranet, tests).
   * Link-local and cloud metadata addresses are refused whatever it says.
   */
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  CHORES_CRON: z
    .string()
    .trim()
    .regex(/^\S+(\s+\S+){4,5}$/, "must be a cron expression of 5 or 6 fields")
    .optional(),
});

export type Env = Omit<z.infer<typeof envSchema>, "AUTH_SECRET" | "MAIL_TRANSPORT" | "HOSTNAME"> & {
  AUTH_SECRET: string;
  HOSTNAME: string;
  MAIL_TRANSPORT: "smtp" | "file";
  /** Absolute path of DATA_DIR. */
  dataDir: string;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

type Source = Record<string, string | undefined>;

/** Empty strings count as unset, as in most .env tooling. */
function withoutEmpty(source: Source): Source {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
}

/**
 * Validates `source` (normally process.env). Outside production a missing
 * AUTH_SECRET is generated once and kept in DATA_DIR, so a newcomer needs no
 * set-up; in production it must be given.
 */
export function parseEnv(source: Source): Env {
  const result = envSchema.safeParse(withoutEmpty(source));
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const env = result.data;
  const dataDir = path.resolve(env.DATA_DIR);
  let secret = env.AUTH_SECRET;
  if (!secret) {
    if (env.NODE_ENV === "production") {
      throw new EnvError([
        "AUTH_SECRET: required in production (at least 32 characters, e.g. `openssl rand -base64 48`)",
      ]);
    }
    secret = developmentSecret(dataDir);
  }
  if (!env.WORKERS && !env.DATABASE_URL) {
    throw new EnvError([
      "WORKERS: 0 leaves the jobs to `npm run worker`, which needs PostgreSQL (DATABASE_URL); " +
        "the embedded database belongs to this process, so it must run the workers itself",
    ]);
  }
  return {
    ...env,
    HOSTNAME: env.HOSTNAME ?? (env.NODE_ENV === "production" ? "0.0.0.0" : "127.0.0.1"),
    AUTH_SECRET: secret,
    MAIL_TRANSPORT: mailTransport(env),
    dataDir,
  };
}

/**
 * SMTP when SMTP_URL is set. Without it, development and tests write .eml
 * files; production refuses to start unless MAIL_TRANSPORT=file says that
 * reset codes may sit on disk.
 */
function mailTransport(env: z.infer<typeof envSchema>): Env["MAIL_TRANSPORT"] {
  const chosen = env.MAIL_TRANSPORT ?? (env.SMTP_URL ? "smtp" : undefined);
  if (chosen === "smtp" && !env.SMTP_URL) {
    throw new EnvError(["SMTP_URL: required when MAIL_TRANSPORT=smtp"]);
  }
  if (chosen === "file" && env.SMTP_URL) {
    throw new EnvError(["MAIL_TRANSPORT: is file, but SMTP_URL is set too; unset one of them"]);
  }
  if (chosen) return chosen;
  if (env.NODE_ENV === "production") {
    throw new EnvError([
      "SMTP_URL: required in production (smtp:// or smtps://); to write mail, password-reset " +
        "codes included, as .eml files in DATA_DIR/mail/ instead, set MAIL_TRANSPORT=file",
    ]);
  }
  return "file";
}

function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

let cached: Env | undefined;

/** The validated configuration of this process, parsed on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
