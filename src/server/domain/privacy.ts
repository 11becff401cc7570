import { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { bytesEntry, type ZipDownload } from "@/server/http/zip-stream";
import { getLogger } from "@/server/logger";
import { photoObjectKey, photoStorage } from "@/server/storage";
import { lockStudioCounters } from "./analytics-counters";
import { auditActorOf, recordAudit } from "./audit-log";
import { memberNotFound } from "./members";
import { deletePhotoFiles } from "./photos";
import type { ErasureReport, MemberExportDocument } from "./privacy.schemas";
import { EVENTS_NAMING_MEMBERS } from "./webhooks.schemas";

/**
 * A member's rights over their data (GDPR Art. 15, 17 and 20): a copy of
 * everything the studio holds about them, and its erasure. Both are the
 * studio's acts, recorded in the audit log by id only.
 */

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A file name as a zip entry's last part: no folders, no control characters. */
function entrySafe(fileName: string): string {
  const safe = fileName.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_").trim();
  return safe.replace(/^\.+/, "_") || "photo";
}

function storageUnavailable(cause: unknown): AppError {
  getLogger().error({ err: cause }, "photo storage failed");
  return new AppError(
    "SERVICE_UNAVAILABLE",
    "The photo storage is unavailable; try again shortly",
    {
      cause,
    },
  );
}

// ---- Export ----

/**
 * Everything the studio holds about one member, as a zip to stream:
 * `member.json` (the record, consent, orders, gallery visits, e-mails sent to
 * them, and an index of the photos) and `photos/<id>-<file name>`, the original
 * of every photo they are tagged in and of their cards, byte for byte. The
 * export is recorded in the audit log before the first byte is sent.
 */
export async function exportMember(
  tenant: Tenant,
  caller: Caller,
  id: string,
  now: Date,
): Promise<ZipDownload> {
  const member = await tenant.db.member.findUnique({
    where: { id },
    select: {
      id: true,
      operatorId: true,
      name: true,
      email: true,
      email2: true,
      externalId: true,
      group: true,
      accessCode: true,
      enrolledAt: true,
      firstViewedAt: true,
      photoConsent: true,
      emailOptOut: true,
      project: { select: { id: true, name: true } },
    },
  });
  if (!member) throw memberNotFound();

  const [orders, visits, mails, photos] = await Promise.all([
    tenant.db.order.findMany({
      where: { memberId: id },
      orderBy: [{ orderedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        package: { select: { id: true, name: true } },
        listPriceInCents: true,
        discountInCents: true,
        couponCode: true,
        amountInCents: true,
        currency: true,
        externalId: true,
        orderedAt: true,
        paidAt: true,
        refundedAt: true,
        email: true,
        shipName: true,
        shipStreet: true,
        shipPostcode: true,
        shipCity: true,
        shipCountry: true,
        photos: { select: { photoId: true }, orderBy: { photoId: "asc" } },
      },
    }),
    tenant.db.auditEntry.findMany({
      where: { action: "gallery_opened", subjectType: "member", subjectId: id },
      orderBy: { at: "asc" },
      select: { at: true },
    }),
    tenant.db.campaignMail.findMany({
      where: { memberId: id },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: {
        kind: true,
        address: true,
        status: true,
        queuedAt: true,
        sentAt: true,
        failedAt: true,
      },
    }),
    tenant.db.photo.findMany({
      where: {
        projectId: member.project.id,
        sha256: { not: null },
        OR: [{ tags: { some: { memberId: id } } }, { cardMemberId: id }],
      },
      orderBy: [{ sequenceAt: "asc" }, { fileName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        operatorId: true,
        projectId: true,
        kind: true,
        fileName: true,
        sizeBytes: true,
        takenAt: true,
        uploadedAt: true,
      },
    }),
  ]);

  const files = photos.map((photo) => ({
    photo,
    entry: `photos/${photo.id}-${entrySafe(photo.fileName)}`,
  }));
  const document: MemberExportDocument = {
    exportedAt: now.toISOString(),
    member: {
      id: member.id,
      project: member.project,
      name: member.name,
      email: member.email,
      email2: member.email2,
      externalId: member.externalId,
      group: member.group,
      accessCode: member.accessCode,
      enrolledAt: member.enrolledAt.toISOString(),
      firstViewedAt: iso(member.firstViewedAt),
      photoConsent: member.photoConsent,
      emailOptOut: member.emailOptOut,
    },
    orders: orders.map(
      ({
        photos: ordered,
        orderedAt,
        paidAt,
        refundedAt,
        shipName,
        shipStreet,
        shipPostcode,
        shipCity,
        shipCountry,
        ...order
      }) => ({
        ...order,
        orderedAt: orderedAt.toISOString(),
        paidAt: iso(paidAt),
        refundedAt: iso(refundedAt),
        shippingAddress:
          shipName === null
            ? null
            : {
                name: shipName,
                street: shipStreet,
                postcode: shipPostcode,
                city: shipCity,
                country: shipCountry,
              },
        photoIds: ordered.map((link) => link.photoId),
      }),
    ),
    galleryVisits: {
      firstViewedAt: iso(member.firstViewedAt),
      opened: visits.map((visit) => visit.at.toISOString()),
    },
    emails: mails.map((mail) => ({
      kind: mail.kind,
      address: mail.address,
      status: mail.status,
      queuedAt: mail.queuedAt.toISOString(),
      sentAt: iso(mail.sentAt),
      failedAt: iso(mail.failedAt),
    })),
    photos: files.map(({ photo, entry }) => ({
      id: photo.id,
      file: entry,
      fileName: photo.fileName,
      kind: photo.kind,
      takenAt: iso(photo.takenAt),
      uploadedAt: photo.uploadedAt.toISOString(),
    })),
  };

  await recordAudit(tenant.db, {
    operatorId: tenant.operatorId,
    actor: auditActorOf(caller),
    action: "member_exported",
    subject: { type: "member", id },
    details: { photos: files.length, orders: orders.length },
  });

  const json = new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
  return {
    fileName: `member-${member.id}.zip`,
    entries: [
      bytesEntry("member.json", json, now),
      ...files.map(({ photo, entry }) => ({
        name: entry,
        size: photo.sizeBytes,
        modifiedAt: photo.takenAt ?? photo.uploadedAt,
        async open() {
          const object = await photoStorage()
            .open(photoObjectKey(photo, "original"))
            .catch((error: unknown) => {
              throw storageUnavailable(error);
            });
          if (!object) throw new AppError("NOT_FOUND", "A photo's file is missing");
          return object.body;
        },
      })),
    ],
  };
}

// ---- Erasure ----

interface ErasedPhotoRow {
  id: string;
  project_id: string;
  photographer_id: string;
  /** Whether anyone else is tagged in it (a card never is). */
  shared: boolean;
  kind: "photo" | "card";
}

/**
 * Erases a member, irreversibly, in one transaction:
 * - their orders stay for the books (amounts, package, dates) without them;
 * - photos in which only they are tagged, and their cards, are deleted (links
 *   from orders first: an order keeps its amount, not the picture);
 * - group photos keep everyone else's tags, now fixed by hand, so that matching
 *   by card never gives them to the card before the erased member's;
 * - the addresses' campaign opt-outs go unless another member of the studio
 *   has that address; the member row goes, and with it their e-mail records
 *   and their gallery sessions (a session names a member who no longer is).
 * The deleted photos' files are removed after the commit (storage is not
 * transactional), when no backup holds them.
 */
export async function eraseMember(
  tenant: Tenant,
  caller: Caller,
  id: string,
): Promise<ErasureReport> {
  const found = await tenant.db.member.findUnique({
    where: { id },
    select: { projectId: true },
  });
  if (!found) throw memberNotFound();
  const { operatorId } = tenant;
  const projectId = found.projectId;

  const { report, deleted } = await tenant.db.$transaction(async (tx) => {
    // Matching runs take their sequence's lock, then the studio's counters:
    // the same order here, for every photographer of the project.
    const photographers = await tx.photo.findMany({
      where: { projectId },
      distinct: ["photographerId"],
      select: { photographerId: true },
      orderBy: { photographerId: "asc" },
    });
    for (const { photographerId } of photographers) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`match:${projectId}:${photographerId}`}))`;
    }
    await lockStudioCounters(tx, operatorId);

    const member = await tx.member.findUnique({
      where: { id },
      select: { email: true, email2: true },
    });
    if (!member) throw memberNotFound();

    const ordersAnonymised = await tx.$executeRaw`
      UPDATE orders SET member_id = NULL, email = NULL, ship_name = NULL, ship_street = NULL,
                        ship_postcode = NULL, ship_city = NULL, ship_country = NULL
       WHERE operator_id = ${operatorId}::uuid AND project_id = ${projectId}::uuid
         AND member_id = ${id}::uuid`;

    const photos = await tx.$queryRaw<ErasedPhotoRow[]>`
      SELECT p.id, p.project_id, p.photographer_id, p.kind::text AS kind,
             EXISTS (SELECT 1 FROM photo_tags o
                      WHERE o.photo_id = p.id AND o.member_id <> ${id}::uuid) AS shared
        FROM photos p
       WHERE p.operator_id = ${operatorId}::uuid AND p.project_id = ${projectId}::uuid
         AND (p.card_member_id = ${id}::uuid
              OR EXISTS (SELECT 1 FROM photo_tags t
                          WHERE t.photo_id = p.id AND t.member_id = ${id}::uuid))`;
    const solo = photos.filter((photo) => photo.kind === "card" || !photo.shared);
    const shared = photos.filter((photo) => photo.kind !== "card" && photo.shared);
    const soloIds = solo.map((photo) => photo.id);
    const sharedIds = shared.map((photo) => photo.id);

    if (soloIds.length > 0) {
      await tx.$executeRaw`
        DELETE FROM order_photos
         WHERE operator_id = ${operatorId}::uuid AND photo_id = ANY(${soloIds}::uuid[])`;
      await tx.$executeRaw`
        DELETE FROM photos
         WHERE operator_id = ${operatorId}::uuid AND id = ANY(${soloIds}::uuid[])`;
    }
    const photosUntagged = await tx.$executeRaw`
      DELETE FROM photo_tags
       WHERE operator_id = ${operatorId}::uuid AND project_id = ${projectId}::uuid
         AND member_id = ${id}::uuid`;
    if (sharedIds.length > 0) {
      await tx.$executeRaw`
        UPDATE photo_tags SET source = 'manual'
         WHERE operator_id = ${operatorId}::uuid AND photo_id = ANY(${sharedIds}::uuid[])
           AND source <> 'manual'`;
      await tx.$executeRaw`
        UPDATE photos SET tagged_by_hand = true
         WHERE operator_id = ${operatorId}::uuid AND id = ANY(${sharedIds}::uuid[])`;
    }

    const addresses = [member.email, member.email2]
      .filter((address): address is string => Boolean(address))
      .map((address) => address.toLowerCase());
    if (addresses.length > 0) {
      await tx.$executeRaw`
        DELETE FROM campaign_opt_outs c
         WHERE c.operator_id = ${operatorId}::uuid AND c.address = ANY(${addresses}::text[])
           AND NOT EXISTS (SELECT 1 FROM members m
                            WHERE m.operator_id = c.operator_id AND m.id <> ${id}::uuid
                              AND (lower(m.email) = c.address OR lower(m.email2) = c.address))`;
    }

    // An opt-out kept for another member's address no longer names their e-mail.
    await tx.$executeRaw`
      UPDATE campaign_opt_outs SET campaign_mail_id = NULL
       WHERE operator_id = ${operatorId}::uuid
         AND campaign_mail_id IN (SELECT cm.id FROM campaign_mails cm
                                   WHERE cm.operator_id = ${operatorId}::uuid AND cm.member_id = ${id}::uuid)`;
    await tx.$executeRaw`
      DELETE FROM webhook_events
       WHERE operator_id = ${operatorId}::uuid AND type IN (${Prisma.join(EVENTS_NAMING_MEMBERS)})
         AND (body::jsonb #>> '{data,member,id}') = ${id}`;
    await tx.member.delete({ where: { id }, select: { id: true } });

    const report: ErasureReport = {
      photosDeleted: soloIds.length,
      photosUntagged,
      ordersAnonymised,
    };
    await recordAudit(tx, {
      operatorId,
      actor: auditActorOf(caller),
      action: "member_erased",
      subject: { type: "member", id },
      details: { ...report },
    });
    return { report, deleted: solo };
  });

  for (const photo of deleted) {
    await deletePhotoFiles({ operatorId, projectId: photo.project_id, id: photo.id });
  }
  return report;
}
