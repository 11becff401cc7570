import type { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { generateAccessCode } from "./access-codes";
import { assertProjectVisible, withFreshCodes } from "./members";
import { type ImportMembersInput, type ImportReport, ZMemberFields } from "./members.schemas";
import { parseRoster, type RosterRow } from "./roster-csv";

type ImportPlanRow = { line: number; fields: ReturnType<typeof ZMemberFields.parse> };

function validateRows(rows: RosterRow[]) {
  const errors: ImportReport["errors"] = [];
  const valid: ImportPlanRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const parsed = ZMemberFields.safeParse({
      name: row.name ?? "",
      email: row.email,
      externalId: row.externalId,
      group: row.group,
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

const IMPORT_CHUNK = 1000;

/**
 * Creates or updates a project's members from a spreadsheet. A row matches an
 * existing member by external id, or without one by e-mail; a matched member
 * takes the row's non-empty values (blank cells leave a value alone), so the
 * same file twice changes nothing. Rows with errors are reported by line and
 * skipped; the rest are written in one transaction.
 */
export async function importMembers(
  tenant: Tenant,
  caller: Caller,
  input: ImportMembersInput,
): Promise<ImportReport> {
  await assertProjectVisible(tenant, caller, input.projectId);
  const roster = parseRoster(input.csv, input.mapping);
  const { errors, valid } = validateRows(roster.rows);
  const dryRun = input.dryRun ?? false;

  const counts = await withFreshCodes(() =>
    tenant.db.$transaction(
      async (tx) => {
        const existing = await tx.member.findMany({
          where: { operatorId: tenant.operatorId, projectId: input.projectId },
          select: { id: true, name: true, email: true, externalId: true, group: true },
          orderBy: { enrolledAt: "asc" },
        });
        const byExternalId = new Map(
          existing.filter((m) => m.externalId).map((m) => [m.externalId!, m]),
        );
        const byEmail = new Map<string, (typeof existing)[number]>();
        for (const member of existing) {
          if (member.email && !byEmail.has(member.email)) byEmail.set(member.email, member);
        }

        const creates: Prisma.MemberCreateManyInput[] = [];
        const updates: { id: string; data: Prisma.MemberUpdateInput }[] = [];
        let unchanged = 0;
        for (const { fields } of valid) {
          const match = fields.externalId
            ? byExternalId.get(fields.externalId)
            : fields.email
              ? byEmail.get(fields.email)
              : undefined;
          if (!match) {
            creates.push({
              ...fields,
              operatorId: tenant.operatorId,
              projectId: input.projectId,
              accessCode: generateAccessCode(),
            });
            continue;
          }
          const data: Prisma.MemberUpdateInput = {};
          if (fields.name !== match.name) data.name = fields.name;
          for (const key of ["email", "externalId", "group"] as const) {
            const value = fields[key];
            if (value && value !== match[key]) data[key] = value;
          }
          if (Object.keys(data).length === 0) unchanged++;
          else updates.push({ id: match.id, data });
        }

        if (!dryRun) {
          for (let i = 0; i < creates.length; i += IMPORT_CHUNK) {
            await tx.member.createMany({ data: creates.slice(i, i + IMPORT_CHUNK) });
          }
          for (const { id, data } of updates) {
            await tx.member.update({
              where: { id, operatorId: tenant.operatorId },
              data,
              select: { id: true },
            });
          }
        }
        return { created: creates.length, updated: updates.length, unchanged };
      },
      { maxWait: 10_000, timeout: 120_000 },
    ),
  );

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
