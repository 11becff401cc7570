import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { type DriverQuery, driverQuery } from "./driver-query";

/**
 * The database as one operator sees it. Every query on a tenant model gets
 * `operatorId = <this operator>` added to its filter, and every write is
 * checked not to place a row in another tenant, so a handler cannot forget the
 * scope. (The database backs this up: relations between tenant rows are
 * composite foreign keys that include operator_id.)
 *
 * Raw SQL is not rewritten: queries written by hand (`tenant.db.$queryRaw`,
 * or `tenant.sql` straight over the driver for the hottest reads) take
 * `tenant.operatorId`.
 */

const TENANT_MODELS = new Set<Prisma.ModelName>([
  "Photographer",
  "Project",
  "Package",
  "ProjectPhotographer",
  "ProjectPackage",
  "Member",
  "Photo",
  "PhotoTag",
  "Order",
  "OrderPhoto",
  "OpenUpload",
  "CampaignMail",
  "CampaignOptOut",
  "ApiKey",
  "WebhookEndpoint",
  "WebhookEvent",
  "WebhookDelivery",
  "PaymentAccount",
  "CardPayment",
  "PaymentWebhookEvent",
  "Coupon",
  "AuditEntry",
]);

const FILTERED = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

const CREATING = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);
const UPDATING = new Set(["update", "updateMany", "updateManyAndReturn", "upsert"]);

export class TenantScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TenantScopeError";
  }
}

type Row = Record<string, unknown>;

function checkOwnedRows(rows: unknown, operatorId: string, model: string, operation: string) {
  for (const row of [rows].flat() as Row[]) {
    if (row.operatorId !== operatorId) {
      throw new TenantScopeError(
        `${model}.${operation} must set operatorId to the caller's operator`,
      );
    }
  }
}

function scopeTenantModelArgs(
  operatorId: string,
  model: string,
  operation: string,
  args: Row,
): Row {
  const scoped: Row = { ...args };
  if (FILTERED.has(operation)) {
    const where = (args.where ?? {}) as Row;
    if (where.operatorId !== undefined && where.operatorId !== operatorId) {
      throw new TenantScopeError(`${model}.${operation} filters on another operator`);
    }
    scoped.where = { ...where, operatorId };
  }
  if (CREATING.has(operation)) {
    checkOwnedRows(operation === "upsert" ? args.create : args.data, operatorId, model, operation);
  }
  if (UPDATING.has(operation)) {
    const data = (operation === "upsert" ? args.update : args.data) as Row | undefined;
    if (data?.operatorId !== undefined && data.operatorId !== operatorId) {
      throw new TenantScopeError(`${model}.${operation} cannot move rows to another operator`);
    }
  }
  return scoped;
}

function scopeOperatorArgs(operatorId: string, operation: string, args: Row): Row {
  if (!FILTERED.has(operation) || operation === "upsert") {
    throw new TenantScopeError(`Operator.${operation} is not available to a tenant`);
  }
  const where = (args.where ?? {}) as Row;
  if (where.id !== undefined && where.id !== operatorId) {
    throw new TenantScopeError("Operator queries are limited to the caller's own operator");
  }
  return { ...args, where: { ...where, id: operatorId } };
}

export function scopeToOperator(db: PrismaClient, operatorId: string) {
  return db.$extends({
    name: "tenant",
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (model === "Operator") {
            return query(scopeOperatorArgs(operatorId, operation, args as Row) as typeof args);
          }
          if (!TENANT_MODELS.has(model)) return query(args);
          return query(
            scopeTenantModelArgs(operatorId, model, operation, args as Row) as typeof args,
          );
        },
      },
    },
  });
}

export type TenantDb = ReturnType<typeof scopeToOperator>;

/** One operator's slice of the database. */
export interface Tenant {
  operatorId: string;
  db: TenantDb;
  /** Unscoped hand-written SQL over the driver: it filters on operatorId itself. */
  sql: DriverQuery;
}

/** The scoped client is made on first use: a request that only reads by hand never needs it. */
export function tenantOf(db: PrismaClient, operatorId: string): Tenant {
  let scoped: TenantDb | undefined;
  return {
    operatorId,
    get db() {
      return (scoped ??= scopeToOperator(db, operatorId));
    },
    sql: driverQuery(db),
  };
}
