import { emitWebhookEvent } from "./webhooks";
import { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError, toAppError } from "@/server/errors";
import { galleryUrl } from "@/server/http/app-origin";
import { generateAccessCode, normaliseAccessCode } from "./access-codes";
import { auditActorOf, recordAudit } from "./audit-log";
import { renderMemberCards } from "./member-cards";
import { decodeCursor, encodeCursor, isUuid } from "./paging";
import {
  type CreateMemberInput,
  type ListMembersInput,
  type Member,
  type MemberCardsInput,
  type MemberPage,
  type UpdateMemberInput,
} from "./members.schemas";
import { projectNotFound } from "./projects";

export const memberNotFound = () => AppError.notFound("Member");

const duplicateExternalId = () =>
  new AppError("CONFLICT", "externalId: another member of this project has this id", {
    fieldErrors: { externalId: ["another member of this project has this id"] },
  });

/**
 * Operators reach every project of theirs; a photographer only the projects
 * they are assigned to, and only to read.
 */
export async function assertProjectVisible(tenant: Tenant, caller: Caller, projectId: string) {
  const where: Prisma.ProjectWhereInput =
    caller.role === "photographer"
      ? { id: projectId, photographers: { some: { photographerId: caller.id } } }
      : { id: projectId };
  const project = await tenant.db.project.findFirst({ where, select: { name: true } });
  if (!project) throw projectNotFound();
  return project;
}

interface MemberRow {
  id: string;
  project_id: string;
  name: string;
  email: string | null;
  email2: string | null;
  external_id: string | null;
  group_name: string | null;
  access_code: string;
  photo_consent: boolean;
  email_opt_out: boolean;
  enrolled_at: Date;
  photo_count: number;
  has_card: boolean;
  order_count: number;
}

/** Members with their counts, for rows chosen by `where` (over `m`). */
function selectMembers(where: Prisma.Sql, orderAndLimit = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT m.id, m.project_id, m.name, m.email, m.email2, m.external_id, m.group_name, m.access_code,
           m.photo_consent, m.email_opt_out, m.enrolled_at,
           (SELECT count(*)::int FROM photo_tags t
             WHERE t.operator_id = m.operator_id AND t.project_id = m.project_id AND t.member_id = m.id) AS photo_count,
           EXISTS (SELECT 1 FROM photos p
             WHERE p.operator_id = m.operator_id AND p.project_id = m.project_id AND p.card_member_id = m.id
               AND p.status = 'ready') AS has_card,
           (SELECT count(*)::int FROM orders o
             WHERE o.operator_id = m.operator_id AND o.project_id = m.project_id AND o.member_id = m.id) AS order_count
      FROM members m
     WHERE ${where}
     ${orderAndLimit}`;
}

/** Operators read (and search) members' e-mails and access codes; photographers do not. */
const readsContacts = (caller: Caller) => caller.role === "operator";

function toMember(row: MemberRow, caller: Caller): Member {
  const mayReadContacts = readsContacts(caller);
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    email: mayReadContacts ? row.email : null,
    email2: mayReadContacts ? row.email2 : null,
    externalId: row.external_id,
    group: row.group_name,
    accessCode: mayReadContacts ? row.access_code : null,
    photoConsent: row.photo_consent,
    emailOptOut: row.email_opt_out,
    enrolledAt: row.enrolled_at.toISOString(),
    photoCount: row.photo_count,
    hasCard: row.has_card,
    orderCount: row.order_count,
  };
}

async function memberById(tenant: Tenant, caller: Caller, id: string): Promise<Member> {
  const visible =
    caller.role === "photographer"
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM project_photographers pp
                     WHERE pp.project_id = m.project_id AND pp.photographer_id = ${caller.id}::uuid)`
      : Prisma.empty;
  const [row] = await tenant.db.$queryRaw<MemberRow[]>(
    selectMembers(
      Prisma.sql`m.id = ${id}::uuid AND m.operator_id = ${tenant.operatorId}::uuid ${visible}`,
    ),
  );
  if (!row) throw memberNotFound();
  return toMember(row, caller);
}

interface Cursor {
  group: string | null;
  name: string;
  id: string;
}

const readCursor = (text: string) =>
  decodeCursor<Cursor>(text, ([group, name, id]) =>
    (group === null || typeof group === "string") && typeof name === "string" && isUuid(id)
      ? { group, name, id }
      : null,
  );

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Search matches only what the caller may read: a photographer sees names and
 * groups, so matching e-mails or access codes for them would let a few hundred
 * searches spell out a code letter by letter.
 */
function listFilter(tenant: Tenant, caller: Caller, input: ListMembersInput): Prisma.Sql {
  const parts = [
    Prisma.sql`m.operator_id = ${tenant.operatorId}::uuid AND m.project_id = ${input.projectId}::uuid`,
  ];
  if (input.group !== undefined) parts.push(Prisma.sql`m.group_name = ${input.group}`);
  const search = input.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    const visible = Prisma.sql`m.name ILIKE ${pattern} OR m.group_name ILIKE ${pattern}`;
    if (readsContacts(caller)) {
      const code = search.replace(/[\s-]/g, "").toUpperCase();
      const byCode = /^[A-Z0-9]+$/.test(code)
        ? Prisma.sql`OR m.access_code LIKE ${`%${code}%`}`
        : Prisma.empty;
      parts.push(
        Prisma.sql`(${visible} OR m.email ILIKE ${pattern} OR m.email2 ILIKE ${pattern} OR m.external_id ILIKE ${pattern} ${byCode})`,
      );
    } else {
      parts.push(Prisma.sql`(${visible})`);
    }
  }
  return Prisma.join(parts, " AND ");
}

/**
 * One page, ordered by group (members without one last), name and id. The
 * cursor is the last row's sort key, so each page is an index range scan
 * however deep it is: the grouped members and the ungrouped ones are two
 * ranges of the (project, group, name, id) index, merged.
 */
export async function listMembers(
  tenant: Tenant,
  caller: Caller,
  input: ListMembersInput,
): Promise<MemberPage> {
  await assertProjectVisible(tenant, caller, input.projectId);
  const cursor = input.cursor ? readCursor(input.cursor) : undefined;
  const filter = listFilter(tenant, caller, input);
  const take = input.limit + 1;

  let grouped: Prisma.Sql = Prisma.sql`AND m.group_name IS NOT NULL`;
  let ungrouped: Prisma.Sql = Prisma.empty;
  if (cursor?.group === null) {
    grouped = Prisma.sql`AND false`;
    ungrouped = Prisma.sql`AND (m.name, m.id) > (${cursor.name}, ${cursor.id}::uuid)`;
  } else if (cursor) {
    grouped = Prisma.sql`AND (m.group_name, m.name, m.id) > (${cursor.group}, ${cursor.name}, ${cursor.id}::uuid)`;
  }
  const page = Prisma.sql`m.id IN (SELECT id FROM (
      (SELECT m.id, m.group_name, m.name FROM members m WHERE ${filter} ${grouped}
        ORDER BY m.group_name, m.name, m.id LIMIT ${take})
      UNION ALL
      (SELECT m.id, m.group_name, m.name FROM members m WHERE ${filter} AND m.group_name IS NULL ${ungrouped}
        ORDER BY m.name, m.id LIMIT ${take})
      ORDER BY group_name NULLS LAST, name, id LIMIT ${take}) AS page)`;

  const [rows, [count]] = await Promise.all([
    tenant.db.$queryRaw<MemberRow[]>(
      selectMembers(page, Prisma.sql`ORDER BY m.group_name NULLS LAST, m.name, m.id`),
    ),
    tenant.db.$queryRaw<{ total: number }[]>(
      Prisma.sql`SELECT count(*)::int AS total FROM members m WHERE ${filter}`,
    ),
  ]);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => toMember(row, caller)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([last.group_name, last.name, last.id])
        : null,
    total: count?.total ?? 0,
  };
}

/** The project's groups with their sizes, in list order. */
export async function listMemberGroups(tenant: Tenant, caller: Caller, projectId: string) {
  await assertProjectVisible(tenant, caller, projectId);
  const rows = await tenant.db.member.groupBy({
    by: ["group"],
    where: { projectId },
    _count: { _all: true },
    orderBy: { group: { sort: "asc", nulls: "last" } },
  });
  return rows.map((row) => ({ group: row.group, count: row._count._all }));
}

export function getMember(tenant: Tenant, caller: Caller, id: string): Promise<Member> {
  return memberById(tenant, caller, id);
}

/** Retries `write` when a fresh access code happens to be taken already. */
export async function withFreshCodes<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 3 || toAppError(error).code !== "CONFLICT") throw error;
    }
  }
}

async function assertExternalIdFree(
  tenant: Tenant,
  projectId: string,
  externalId: string | null | undefined,
  exceptId?: string,
) {
  if (!externalId) return;
  const taken = await tenant.db.member.findFirst({
    where: { projectId, externalId, ...(exceptId && { id: { not: exceptId } }) },
    select: { id: true },
  });
  if (taken) throw duplicateExternalId();
}

export async function createMember(
  tenant: Tenant,
  caller: Caller,
  { projectId, ...fields }: CreateMemberInput,
): Promise<Member> {
  await assertProjectVisible(tenant, caller, projectId);
  await assertExternalIdFree(tenant, projectId, fields.externalId);
  const photoConsent =
    fields.photoConsent ??
    (
      await tenant.db.project.findFirstOrThrow({
        where: { id: projectId },
        select: { photoConsentDefault: true },
      })
    ).photoConsentDefault;
  const { id } = await withFreshCodes(() =>
    tenant.db.$transaction(async (tx) => {
      const member = await tx.member.create({
        data: {
          ...fields,
          photoConsent,
          operatorId: tenant.operatorId,
          projectId,
          accessCode: generateAccessCode(),
        },
        select: {
          id: true,
          projectId: true,
          name: true,
          email: true,
          externalId: true,
          group: true,
          enrolledAt: true,
        },
      });
      await emitWebhookEvent(tx, tenant.operatorId, "member.created", { member });
      return member;
    }),
  );
  return memberById(tenant, caller, id);
}

export async function updateMember(
  tenant: Tenant,
  caller: Caller,
  { id, ...patch }: UpdateMemberInput,
): Promise<Member> {
  const current = await tenant.db.member.findUnique({ where: { id }, select: { projectId: true } });
  if (!current) throw memberNotFound();
  await assertExternalIdFree(tenant, current.projectId, patch.externalId, id);
  try {
    await tenant.db.$transaction(async (tx) => {
      const member = await tx.member.update({
        where: { id },
        data: patch,
        select: { email: true, email2: true },
      });
      // Clearing the opt-out by hand also lifts the unsubscribes of the member's
      // addresses, so that the studio can undo a mistaken opt-out.
      const addresses = patch.emailOptOut === false ? campaignAddresses(member) : [];
      if (addresses.length > 0) {
        await tx.campaignOptOut.deleteMany({ where: { address: { in: addresses } } });
      }
    });
  } catch (error) {
    throw toAppError(error).code === "CONFLICT" ? duplicateExternalId() : error;
  }
  return memberById(tenant, caller, id);
}

/** A member's addresses as campaigns compare them: trimmed, lower case. */
function campaignAddresses(member: { email: string | null; email2: string | null }): string[] {
  return [member.email, member.email2]
    .map((address) => address?.trim().toLowerCase())
    .filter((address): address is string => Boolean(address));
}

/**
 * A member who has bought something stays: orders are financial records. The
 * deletion and its audit entry are one transaction.
 */
export async function deleteMember(tenant: Tenant, caller: Caller, id: string): Promise<void> {
  const deleted = await tenant.db.$transaction(async (tx) => {
    const count = await tx.$executeRaw`
      DELETE FROM members m
       WHERE m.id = ${id}::uuid AND m.operator_id = ${tenant.operatorId}::uuid
         AND NOT EXISTS (SELECT 1 FROM orders o
                          WHERE o.operator_id = m.operator_id AND o.project_id = m.project_id AND o.member_id = m.id)`;
    if (count === 1) {
      await recordAudit(tx, {
        operatorId: tenant.operatorId,
        actor: auditActorOf(caller),
        action: "member_deleted",
        subject: { type: "member", id },
      });
    }
    return count;
  });
  if (deleted === 1) return;
  const exists = await tenant.db.member.findUnique({ where: { id }, select: { id: true } });
  if (!exists) throw memberNotFound();
  throw new AppError("CONFLICT", "This member has orders and cannot be deleted");
}

/** A new code; the old one stops working at once (and the audit log says who did it). */
export async function regenerateAccessCode(
  tenant: Tenant,
  caller: Caller,
  id: string,
): Promise<Member> {
  await withFreshCodes(() =>
    tenant.db.$transaction(async (tx) => {
      await tx.member.update({
        where: { id },
        data: { accessCode: generateAccessCode() },
        select: { id: true },
      });
      await recordAudit(tx, {
        operatorId: tenant.operatorId,
        actor: auditActorOf(caller),
        action: "access_code_reissued",
        subject: { type: "member", id },
      });
    }),
  ).catch((error: unknown) => {
    throw toAppError(error).code === "NOT_FOUND" ? memberNotFound() : error;
  });
  return memberById(tenant, caller, id);
}

/**
 * The member a typed or scanned code belongs to, within one project; null for
 * anything that is not a code of that project.
 */
export async function findMemberByAccessCode(
  tenant: Tenant,
  projectId: string,
  text: string,
): Promise<{ id: string; name: string } | null> {
  const accessCode = normaliseAccessCode(text);
  if (!accessCode) return null;
  return tenant.db.member.findFirst({
    where: { projectId, accessCode },
    select: { id: true, name: true },
  });
}

/**
 * Printable cards of the project's members (or one group), in list order,
 * pointing at `gallery` (the app's gallery entry page, galleryUrl).
 */
export async function memberCardsPdf(
  tenant: Tenant,
  caller: Caller,
  input: MemberCardsInput,
  gallery: string = galleryUrl(),
): Promise<Uint8Array<ArrayBuffer>> {
  const project = await assertProjectVisible(tenant, caller, input.projectId);
  const [studio, members] = await Promise.all([
    tenant.db.operator.findFirstOrThrow({ select: { name: true } }),
    tenant.db.member.findMany({
      where: {
        projectId: input.projectId,
        ...(input.group !== undefined && { group: input.group }),
      },
      select: { name: true, group: true, accessCode: true },
      orderBy: [{ group: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
    }),
  ]);
  return renderMemberCards({
    studioName: studio.name,
    projectName: project.name,
    galleryUrl: gallery,
    cards: members,
  });
}
