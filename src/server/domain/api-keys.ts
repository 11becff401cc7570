import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { OperatorCaller } from "@/server/auth/caller";
import { driverQuery } from "@/server/db/driver-query";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { hit, type RateLimit } from "@/server/rate-limit";
import {
  type ApiKey,
  type ApiKeyScope,
  type CreateApiKeyInput,
  type CreatedApiKey,
  MAX_API_KEYS_PER_STUDIO,
} from "./api-keys.schemas";

/**
 * API keys: long random strings behind a fixed prefix (`pbk_`), so that secret
 * scanners can find a leaked one. Only their SHA-256 is stored: the key is
 * 256 random bits, so a fast hash is as safe as bcrypt here and costs nothing
 * per request. A key is looked up on every request, so a deleted one stops
 * working at once on every instance.
 */
export const API_KEY_PREFIX = "pbk_";
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

/** Requests one key may make per minute, across every instance. */
export const API_KEY_REQUESTS: RateLimit = { name: "api-key", limit: 600, windowSeconds: 60 };

/** lastUsedAt is written at most this often per key, not on every request. */
const LAST_USED_PRECISION_MS = 60_000;

export function isApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

function hashOf(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

interface ApiKeyRow {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const apiKeySelect = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
} as const;

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as ApiKeyScope[],
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export async function createApiKey(
  tenant: Tenant,
  input: CreateApiKeyInput,
): Promise<CreatedApiKey> {
  const existing = await tenant.db.apiKey.count();
  if (existing >= MAX_API_KEYS_PER_STUDIO) {
    throw new AppError(
      "CONFLICT",
      `A studio has at most ${MAX_API_KEYS_PER_STUDIO} API keys; delete one you no longer use`,
    );
  }
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await tenant.db.apiKey.create({
    data: {
      operatorId: tenant.operatorId,
      name: input.name,
      scopes: input.scopes,
      prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
      keyHash: hashOf(key),
    },
    select: apiKeySelect,
  });
  const { lastUsedAt: _never, ...created } = toApiKey(row);
  return { ...created, key };
}

export async function listApiKeys(tenant: Tenant): Promise<ApiKey[]> {
  const rows = await tenant.db.apiKey.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: apiKeySelect,
  });
  return rows.map(toApiKey);
}

export async function deleteApiKey(tenant: Tenant, id: string): Promise<void> {
  const deleted = await tenant.db.apiKey.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", "API key not found");
}

/**
 * The operator an API key speaks for, when the route is open to keys and the
 * key holds its scope. An unknown key is null (401); a key of a suspended
 * studio is STUDIO_SUSPENDED (403); a route closed to keys, or a scope the key
 * lacks, is a 403 naming it; past the key's rate, a 429.
 */
export async function authenticateApiKey(
  db: PrismaClient,
  key: string,
  scope: ApiKeyScope | null,
  now: Date,
): Promise<OperatorCaller | null> {
  const query = driverQuery(db);
  const [row] = await query<{
    id: string;
    operator_id: string;
    scopes: string[];
    last_used_at: Date | null;
    suspended_at: Date | null;
  }>(
    `SELECT k.id, k.operator_id, k.scopes, k.last_used_at, o.suspended_at
       FROM api_keys k JOIN operators o ON o.id = k.operator_id WHERE k.key_hash = $1`,
    [hashOf(key)],
  );
  if (!row) return null;
  if (row.suspended_at) throw AppError.studioSuspended();
  if (scope === null) {
    throw new AppError("FORBIDDEN", "API keys cannot call this route; sign in as the operator");
  }
  if (!row.scopes.includes(scope)) {
    throw new AppError("FORBIDDEN", `This API key lacks the scope ${scope}`);
  }
  const rate = await hit(db, API_KEY_REQUESTS, row.id, now);
  if (rate.exceeded) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `This API key made more than ${API_KEY_REQUESTS.limit} requests in a minute`,
      { retryAfterSeconds: rate.retryAfterSeconds },
    );
  }
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= LAST_USED_PRECISION_MS) {
    await query(`UPDATE api_keys SET last_used_at = $2 WHERE id = $1::uuid`, [row.id, now]);
  }
  return { role: "operator", id: row.operator_id, operatorId: row.operator_id, apiKeyId: row.id };
}
