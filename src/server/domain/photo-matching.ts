import type { PrismaClient } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { matchSequence, type SequencePhoto } from "@/server/photos/matching";
import { lockStudioCounters } from "./analytics-counters";
import { emitWebhookEvents, hasWebhookSubscribers } from "./webhooks";

interface SequenceRow {
  id: string;
  file_name: string;
  taken_at: Date | null;
  client_order: bigint | null;
  kind: "photo" | "card";
  card_member_id: string | null;
  tagged_by_hand: boolean;
  card_tag: string | null;
}

type Tx = Pick<PrismaClient, "$executeRaw" | "$queryRaw" | "$queryRawUnsafe">;

/**
 * Takes the locks a re-match needs, in the order every writer takes them: the
 * sequence's own (runs of one sequence take turns), then the studio's counters.
 */
export async function lockSequence(
  tx: Tx,
  operatorId: string,
  projectId: string,
  photographerId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`match:${projectId}:${photographerId}`}))`;
  await lockStudioCounters(tx, operatorId);
}

/**
 * Re-runs matching by card over one photographer's ready photos in a project
 * and writes only what changed, in `tx`, which holds `lockSequence`'s locks,
 * with a `photo.tagged` event per photo whose tags changed. Photos still
 * processing (or failed) are not in the sequence, and their tags are left alone.
 */
export async function rematchLockedSequence(
  tx: Tx,
  operatorId: string,
  projectId: string,
  photographerId: string,
): Promise<void> {
  const rows = await tx.$queryRaw<SequenceRow[]>`
    SELECT p.id, p.file_name, p.taken_at, p.client_order, p.kind, p.card_member_id, p.tagged_by_hand,
           (SELECT t.member_id::text FROM photo_tags t
             WHERE t.photo_id = p.id AND t.source = 'card' LIMIT 1) AS card_tag
      FROM photos p
     WHERE p.operator_id = ${operatorId}::uuid AND p.project_id = ${projectId}::uuid
       AND p.photographer_id = ${photographerId}::uuid AND p.status = 'ready'`;
  const sequence: SequencePhoto[] = rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    takenAt: row.taken_at,
    clientOrder: row.client_order === null ? null : Number(row.client_order),
    kind: row.kind,
    cardMemberId: row.card_member_id,
    taggedByHand: row.tagged_by_hand,
  }));
  const matches = matchSequence(sequence);
  const current = new Map(rows.map((row) => [row.id, row.card_tag]));

  const changed = [...matches].filter(([photoId, memberId]) => current.get(photoId) !== memberId);
  if (changed.length === 0) return;
  const changedIds = changed.map(([photoId]) => photoId);
  await tx.$executeRaw`
    DELETE FROM photo_tags
     WHERE operator_id = ${operatorId}::uuid AND source = 'card'
       AND photo_id = ANY(${changedIds}::uuid[])`;
  const added = changed.filter((entry): entry is [string, string] => entry[1] !== null);
  if (added.length > 0) {
    await tx.$executeRaw`
      INSERT INTO photo_tags (operator_id, project_id, photo_id, member_id, source)
      SELECT ${operatorId}::uuid, ${projectId}::uuid, t.photo_id, t.member_id, 'card'
        FROM unnest(${added.map(([photoId]) => photoId)}::uuid[], ${added.map(([, memberId]) => memberId)}::uuid[])
             AS t(photo_id, member_id)
      ON CONFLICT (photo_id, member_id) DO NOTHING`;
  }
  await tellTagged(tx, operatorId, projectId, changedIds);
}

/** A `photo.tagged` event (`source: "card"`) per photo, with every member it is tagged with now. */
async function tellTagged(tx: Tx, operatorId: string, projectId: string, photoIds: string[]) {
  if (!(await hasWebhookSubscribers(tx, operatorId, ["photo.tagged"]))) return;
  const tags = await tx.$queryRaw<{ photo_id: string; member_ids: string[] }[]>`
    SELECT photo_id::text, array_agg(member_id::text ORDER BY member_id) AS member_ids
      FROM photo_tags
     WHERE operator_id = ${operatorId}::uuid AND photo_id = ANY(${photoIds}::uuid[])
     GROUP BY photo_id`;
  const memberIdsOf = new Map(tags.map((row) => [row.photo_id, row.member_ids]));
  await emitWebhookEvents(
    tx,
    operatorId,
    "photo.tagged",
    photoIds.map((id) => ({
      photo: { id, projectId, memberIds: memberIdsOf.get(id) ?? [], source: "card" },
    })),
  );
}

/**
 * Re-runs matching by card over one photographer's photos in a project. Runs
 * of the same sequence take turns, and each reads every photo committed before
 * it, so the last run after a burst of uploads sees them all, whatever order
 * they arrived in.
 */
export async function rematchSequence(
  tenant: Tenant,
  projectId: string,
  photographerId: string,
): Promise<void> {
  await tenant.db.$transaction(async (tx) => {
    await lockSequence(tx, tenant.operatorId, projectId, photographerId);
    await rematchLockedSequence(tx, tenant.operatorId, projectId, photographerId);
  });
}
