import { randomUUID } from "node:crypto";
import type { PrismaTransactionLike } from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError, toAppError } from "@/server/errors";
import { getLogger } from "@/server/logger";
import { generateAccessCode } from "./access-codes";
import { auditActorOf, type AuditWriter, recordAudit } from "./audit-log";
import { assertProjectVisible, withFreshCodes } from "./members";
import { emitWebhookEvent, emitWebhookEvents, hasWebhookSubscribers } from "./webhooks";
import { type ImportMembersInput, type ImportReport, ZMemberFields } from "./members.schemas";
import { parseRoster, type ParsedRoster, type RosterRow } from "./roster-csv";
import { parseYesNo, YES_NO_WORDS } from "./yes-no";

/** A batch's transaction: where its webhook events and, in the last, the audit entry are written. */
type BatchTransaction = PrismaTransactionLike & AuditWriter;

type ImportCounts = Pick<ImportReport, "created" | "updated" | "unchanged">;
type ImportPlanRow = { line: number; fields: ReturnType<typeof ZMemberFields.parse> };

const YES_NO_FIELDS = ["photoConsent", "emailOptOut"] as const;

/** The row's yes/no cells (an empty one: not given), or the first that is neither, named by its column. */
function yesNoCells(
  row: RosterRow,
  mapping: ParsedRoster["mapping"],
): { photoConsent?: boolean; emailOptOut?: boolean } | string {
  const cells: { photoConsent?: boolean; emailOptOut?: boolean } = {};
  for (const field of YES_NO_FIELDS) {
    const value = parseYesNo(row[field]);
    if (value === undefined) {
      return `${field} (column "${mapping[field]}"): must be ${YES_NO_WORDS}, or empty for the default`;
    }
    if (value !== null) cells[field] = value;
  }
  return cells;
}

function validateRows(rows: RosterRow[], mapping: ParsedRoster["mapping"]) {
  const errors: ImportReport["errors"] = [];
  const valid: ImportPlanRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cells = yesNoCells(row, mapping);
    if (typeof cells === "string") {
      errors.push({ line: row.line, message: cells });
      continue;
    }
    const parsed = ZMemberFields.safeParse({
      name: row.name ?? "",
      email: row.email,
      email2: row.email2,
      externalId: row.externalId,
      group: row.group,
      ...cells,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({
        line: row.line,
        message: `${issue.path.join(".") || "row"}: ${issue.message}`,
      });
      continue;
    }
    const { externalId, email } = parsed.data;
    const key = externalId ? `id:${externalId}` : email ? `email:${email}` : undefined;
    if (key && seen.has(key)) {
      errors.push({
        line: row.line,
        message: `${externalId ? "externalId" : "email"}: repeats line ${seen.get(key)}`,
      });
      continue;
    }
    if (key) seen.set(key, row.line);
    valid.push({ line: row.line, fields: parsed.data });
  }
  return { errors, valid };
}

/** Valid rows written per transaction: each holds the database (all of it, on PGlite) briefly. */
export const IMPORT_BATCH_ROWS = 500;
/**
 * How long a studio's import lock outlives its last sign of life. Renewed
 * before every batch, and a batch's transaction times out well within it, so
 * only a dead import lets it lapse: the studio may import again this long
 * after a crash.
 */
export const IMPORT_LOCK_SECONDS = 60;
const IMPORT_RETRY_AFTER_SECONDS = 5;
const BATCH_TIMEOUT_MS = 30_000;
const BATCH_MAX_WAIT_MS = 10_000;

type Create = Omit<Prisma.MemberCreateManyInput, "accessCode">;
type Update = { id: string; data: Prisma.MemberUpdateInput };
/** What one valid row does, in file order. */
type Step = { line: number } & ({ create: Create } | { update: Update } | { unchanged: true });

/** Matches each valid row against the project's members as they are now. */
async function planImport(
  tenant: Tenant,
  projectId: string,
  valid: ImportPlanRow[],
): Promise<Step[]> {
  const [existing, project] = await Promise.all([
    tenant.db.member.findMany({
      where: { operatorId: tenant.operatorId, projectId },
      select: {
        id: true,
        name: true,
        email: true,
        email2: true,
        externalId: true,
        group: true,
        photoConsent: true,
        emailOptOut: true,
      },
      orderBy: { enrolledAt: "asc" },
    }),
    tenant.db.project.findFirstOrThrow({
      where: { id: projectId },
      select: { photoConsentDefault: true },
    }),
  ]);
  const byExternalId = new Map(existing.filter((m) => m.externalId).map((m) => [m.externalId!, m]));
  const byEmail = new Map<string, (typeof existing)[number]>();
  for (const member of existing) {
    if (member.email && !byEmail.has(member.email)) byEmail.set(member.email, member);
  }

  return valid.map(({ line, fields }): Step => {
    const match = fields.externalId
      ? byExternalId.get(fields.externalId)
      : fields.email
        ? byEmail.get(fields.email)
        : undefined;
    if (!match) {
      const photoConsent = fields.photoConsent ?? project.photoConsentDefault;
      return {
        line,
        create: { ...fields, photoConsent, operatorId: tenant.operatorId, projectId },
      };
    }
    const data: Prisma.MemberUpdateInput = {};
    if (fields.name !== match.name) data.name = fields.name;
    for (const key of ["email", "email2", "externalId", "group"] as const) {
      const value = fields[key];
      if (value && value !== match[key]) data[key] = value;
    }
    for (const key of YES_NO_FIELDS) {
      const value = fields[key];
      if (value !== undefined && value !== match[key]) data[key] = value;
    }
    return Object.keys(data).length === 0
      ? { line, unchanged: true }
      : { line, update: { id: match.id, data } };
  });
}

// ---- One import per studio at a time ----

const importRunning = () =>
  new AppError(
    "TOO_MANY_REQUESTS",
    "Another member import of this studio is running; try again when it has finished",
    { retryAfterSeconds: IMPORT_RETRY_AFTER_SECONDS },
  );

/**
 * Takes the studio's import lock: a row in the database, so that every app
 * instance sees it. A row whose time has run out belongs to an import that
 * died, and is taken over. One statement, so two imports cannot both take it.
 */
async function takeImportLock(tenant: Tenant): Promise<string> {
  const holder = randomUUID();
  const taken = await tenant.db.$queryRaw<{ holder: string }[]>`
    INSERT INTO member_import_locks (operator_id, holder, started_at, expires_at)
    VALUES (${tenant.operatorId}::uuid, ${holder}::uuid, now(),
            now() + ${IMPORT_LOCK_SECONDS}::int * interval '1 second')
    ON CONFLICT (operator_id) DO UPDATE
       SET holder = EXCLUDED.holder, started_at = EXCLUDED.started_at, expires_at = EXCLUDED.expires_at
     WHERE member_import_locks.expires_at <= now()
    RETURNING holder`;
  if (taken.length === 0) throw importRunning();
  return holder;
}

/** Pushes the lock's end out again; false when it lapsed and another import took it. */
async function renewImportLock(tenant: Tenant, holder: string): Promise<boolean> {
  const renewed = await tenant.db.$executeRaw`
    UPDATE member_import_locks
       SET expires_at = now() + ${IMPORT_LOCK_SECONDS}::int * interval '1 second'
     WHERE operator_id = ${tenant.operatorId}::uuid AND holder = ${holder}::uuid`;
  return renewed === 1;
}

async function releaseImportLock(tenant: Tenant, holder: string): Promise<void> {
  await tenant.db.$executeRaw`
    DELETE FROM member_import_locks
     WHERE operator_id = ${tenant.operatorId}::uuid AND holder = ${holder}::uuid`
    // A lock that cannot be released now lapses by itself.
    .catch((error: unknown) => getLogger().warn({ err: error }, "member import lock not released"));
}

// ---- Writing ----

/**
 * Lets requests that arrived during a batch start before the next one. The
 * embedded database answers in the same thread without waiting for I/O, so a
 * loop of batches alone would never let the server read them, and they would
 * wait for the whole import after all.
 */
const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

const importedMemberSelect = {
  id: true,
  projectId: true,
  name: true,
  email: true,
  externalId: true,
  group: true,
  enrolledAt: true,
} as const;

/**
 * One batch in one transaction: all of its rows are written, or none, with a
 * `member.created` event per member it creates (endpoints subscribed to it
 * only). `finish` runs last in the same transaction, even for a batch with
 * nothing to write.
 */
async function writeBatch(
  tenant: Tenant,
  steps: Step[],
  finish?: (tx: BatchTransaction) => Promise<void>,
): Promise<void> {
  const creates = steps.flatMap((step) => ("create" in step ? [step.create] : []));
  const updates = steps.flatMap((step) => ("update" in step ? [step.update] : []));
  if (creates.length === 0 && updates.length === 0 && !finish) return;
  await withFreshCodes(() =>
    tenant.db.$transaction(
      async (tx) => {
        if (creates.length > 0) {
          const data = creates.map((create) => ({ ...create, accessCode: generateAccessCode() }));
          if (await hasWebhookSubscribers(tx, tenant.operatorId, ["member.created"])) {
            const members = await tx.member.createManyAndReturn({
              data,
              select: importedMemberSelect,
            });
            await emitWebhookEvents(
              tx,
              tenant.operatorId,
              "member.created",
              members.map((member) => ({ member })),
            );
          } else {
            await tx.member.createMany({ data });
          }
        }
        for (const { id, data } of updates) {
          await tx.member.update({
            where: { id, operatorId: tenant.operatorId },
            data,
            select: { id: true },
          });
        }
        await finish?.(tx);
      },
      { maxWait: BATCH_MAX_WAIT_MS, timeout: BATCH_TIMEOUT_MS },
    ),
  );
}

/** The import's steps in batches of IMPORT_BATCH_ROWS; one empty batch when there are none. */
function inBatches(steps: Step[]): Step[][] {
  const batches: Step[][] = [];
  for (let i = 0; i < steps.length; i += IMPORT_BATCH_ROWS) {
    batches.push(steps.slice(i, i + IMPORT_BATCH_ROWS));
  }
  return batches.length > 0 ? batches : [[]];
}

/**
 * A batch failed after earlier ones were committed: the answer keeps the
 * failure's status and says which lines are in and where to start again.
 */
function stoppedAt(error: unknown, firstLine: number, lastWrittenLine: number): AppError {
  const cause = toAppError(error);
  const reason = cause.code === "INTERNAL" ? "an unexpected error" : cause.message;
  return new AppError(
    cause.code,
    `The import stopped at line ${firstLine} (${reason}). ` +
      `Lines up to ${lastWrittenLine} were imported; lines ${firstLine} onwards were not: import them again.`,
    { cause: error, retryAfterSeconds: cause.retryAfterSeconds },
  );
}

/**
 * Creates or updates a project's members from a spreadsheet. A row matches an
 * existing member by external id, or without one by e-mail; a matched member
 * takes the row's non-empty values (blank cells leave a value alone), so the
 * same file twice changes nothing. Rows with errors are reported by line and
 * skipped.
 *
 * The rest are written in file order, in batches of IMPORT_BATCH_ROWS rows,
 * each its own transaction, so that a big file never holds the database for
 * long. A batch that fails is written not at all, and the import stops there:
 * the batches before it stay, and the answer names the line to start again
 * from. A studio runs one import at a time (429 for a second one).
 *
 * Webhooks: each batch sends `member.created` for the members it creates, and
 * the last batch's transaction also sends one `members.imported` with the
 * counts, so only an import that wrote all of its batches sends that; the
 * audit log's `members_imported` entry (the project and the same counts) is
 * written in that transaction too. A dry run sends and records nothing.
 */
export async function importMembers(
  tenant: Tenant,
  caller: Caller,
  input: ImportMembersInput,
): Promise<ImportReport> {
  await assertProjectVisible(tenant, caller, input.projectId);
  const roster = parseRoster(input.csv, input.mapping);
  const { errors, valid } = validateRows(roster.rows, roster.mapping);
  const dryRun = input.dryRun ?? false;

  const holder = dryRun ? undefined : await takeImportLock(tenant);
  let counts: ImportCounts;
  try {
    const steps = await planImport(tenant, input.projectId, valid);
    counts = {
      created: steps.filter((step) => "create" in step).length,
      updated: steps.filter((step) => "update" in step).length,
      unchanged: steps.filter((step) => "unchanged" in step).length,
    };
    if (holder) {
      const imported = {
        import: { projectId: input.projectId, ...counts, skipped: errors.length },
      };
      const batches = inBatches(steps);
      let lastWrittenLine: number | undefined;
      for (const [index, batch] of batches.entries()) {
        const finish =
          index === batches.length - 1
            ? async (tx: BatchTransaction) => {
                await emitWebhookEvent(tx, tenant.operatorId, "members.imported", imported);
                await recordAudit(tx, {
                  operatorId: tenant.operatorId,
                  actor: auditActorOf(caller),
                  action: "members_imported",
                  subject: { type: "project", id: input.projectId },
                  details: { ...counts, skipped: errors.length },
                });
              }
            : undefined;
        await yieldToOtherRequests();
        try {
          if (!(await renewImportLock(tenant, holder))) {
            throw new AppError(
              "CONFLICT",
              "another import of this studio started after this one stalled",
            );
          }
          await writeBatch(tenant, batch, finish);
        } catch (error) {
          if (lastWrittenLine === undefined) throw error;
          throw stoppedAt(error, batch[0]!.line, lastWrittenLine);
        }
        lastWrittenLine = batch.at(-1)?.line;
      }
    }
  } finally {
    if (holder) await releaseImportLock(tenant, holder);
  }

  return {
    ...counts,
    errors,
    dryRun,
    delimiter: roster.delimiter,
    headers: roster.headers,
    mapping: roster.mapping,
    preview: roster.rows.slice(0, 5),
  };
}
