import { mkdtempSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperatorCaller } from "@/server/auth/caller";
import { type Tenant, tenantOf } from "@/server/db/tenant";
import { getAnalytics } from "@/server/domain/analytics";
import { campaignOverview } from "@/server/domain/campaigns";
import { findMemberByAccessCode } from "@/server/domain/members";
import { listPhotos, photoFile } from "@/server/domain/photos";
import { sha256 } from "@/server/photos/images";
import {
  GALLERY_VARIANTS,
  PHOTO_VARIANTS,
  photoObjectKey,
  type PhotoVariant,
  photoStorage,
} from "@/server/storage";
import { listApiKeys } from "@/server/domain/api-keys";
import { listCoupons } from "@/server/domain/coupons";
import { listWebhookDeliveries, listWebhooks } from "@/server/domain/webhooks";
import { hashPassword } from "@/server/auth/password";
import { authenticateAdmin } from "@/server/domain/admins";
import { getLogger } from "@/server/logger";
import {
  DEMO_ACCESS_CODE,
  DEMO_ADMIN_EMAIL,
  DEMO_OPERATOR_EMAIL,
  DEMO_PASSWORD,
  demoLogins,
  seedDemo,
  seedDemoAdmin,
} from "../../scripts/seed/demo";
import { cardPhoto, portraitPhoto } from "../../scripts/seed/images";
import { decodeQrCodes } from "../support/qr";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertAdmin, insertOperator } from "../support/fixtures";

// This process's photo storage (read once, on first use) is a fresh folder, not ./.data.
const photosFolder = mkdtempSync(path.join(tmpdir(), "demo-photos-"));
process.env.STORAGE_URL = photosFolder;

const CODE = /^[2-9A-HJKMNP-Z]{10}$/;
const NOW = new Date("2026-06-15T12:00:00Z");

async function bytesOf(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

describe("the demo studio", () => {
  let database: TestDatabase;
  let operatorId: string;
  let tenant: Tenant;
  let operator: OperatorCaller;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.prisma, { now: NOW });
    const account = await database.prisma.account.findUniqueOrThrow({
      where: { email: DEMO_OPERATOR_EMAIL },
      select: { operator: { select: { id: true } } },
    });
    operatorId = account.operator!.id;
    tenant = tenantOf(database.prisma, operatorId);
    operator = { role: "operator", id: operatorId, operatorId };
    // Some 170 generated photos through the upload path: give a busy machine time.
  }, 240_000);
  afterAll(async () => {
    await database?.destroy();
    await rm(photosFolder, { recursive: true, force: true });
  });

  const photosOfDemo = () =>
    database.prisma.photo.findMany({
      where: { operatorId },
      include: { tags: true, project: { select: { startAt: true, endAt: true } } },
      orderBy: [{ sequenceAt: "asc" }, { fileName: "asc" }],
    });

  it("has real photo files, uploaded into the configured storage", async () => {
    /** Every file is a JPEG image of its variant's size. */
    const SIZES = { original: [1200, 800], preview: [1200, 800], thumb: [400, 267] } as const;
    const photos = await photosOfDemo();
    expect(photos.length).toBeGreaterThan(150);
    // Processed as the seed ran: every photo is ready, every one for sale has its gallery images.
    for (const photo of photos) {
      expect(photo.status, photo.fileName).toBe("ready");
      expect(photo.galleryVariant === null, photo.fileName).toBe(photo.kind === "card");
    }
    // The configured storage holds each photo's original, preview and thumbnail, the watermarked
    // gallery images of the photos for sale, and nothing else.
    const stored: string[] = [];
    for await (const object of photoStorage().list(`photos/${operatorId}/`)) {
      stored.push(object.key);
    }
    const expected = photos.flatMap((photo) => [
      ...PHOTO_VARIANTS.map((variant) => photoObjectKey(photo, variant)),
      ...(photo.galleryVariant
        ? GALLERY_VARIANTS.map((variant) => photoObjectKey(photo, variant, photo.galleryVariant!))
        : []),
    ]);
    expect(stored.sort()).toEqual(expected.sort());
    for (const photo of photos) {
      expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect([photo.width, photo.height, photo.contentType]).toEqual([1200, 800, "image/jpeg"]);
      // The capture time comes from the file's EXIF, on the shoot's day.
      expect(photo.takenAt!.getTime()).toBeGreaterThan(photo.project.startAt!.getTime());
      expect(photo.takenAt!.getTime()).toBeLessThan(photo.project.endAt!.getTime());
      const file = (variant: PhotoVariant) =>
        readFile(path.join(photosFolder, photoObjectKey(photo, variant)));
      const original = await file("original");
      expect(sha256(original)).toBe(photo.sha256);
      expect(original.byteLength).toBe(photo.sizeBytes);
      for (const variant of PHOTO_VARIANTS) {
        const { format, width, height } = await sharp(await file(variant)).metadata();
        expect([format, width, height], `${photo.fileName}: ${variant}`).toEqual([
          "jpeg",
          ...SIZES[variant],
        ]);
      }
    }
  });

  it("photographs each member's QR card first, and matching tags the photos after it", async () => {
    const photos = await photosOfDemo();
    const cards = photos.filter((photo) => photo.kind === "card");
    expect(cards.length).toBeGreaterThanOrEqual(30);
    const carded = new Set(cards.map((card) => card.cardMemberId));
    expect(carded.size).toBe(cards.length);
    expect(carded.has(null)).toBe(false);

    const members = await database.prisma.member.findMany({
      where: { id: { in: [...carded] as string[] } },
      select: { id: true, accessCode: true, projectId: true },
    });
    const sampleCard = cards[0]!;
    const cardImage = await readFile(
      path.join(photosFolder, photoObjectKey(sampleCard, "original")),
    );
    expect(await decodeQrCodes(cardImage)).toEqual([
      members.find((member) => member.id === sampleCard.cardMemberId)!.accessCode,
    ]);

    for (const card of cards) {
      const member = members.find((m) => m.id === card.cardMemberId)!;
      expect(member.projectId).toBe(card.projectId);
      const shots = photos.filter((photo) =>
        photo.tags.some((tag) => tag.memberId === member.id && tag.source === "card"),
      );
      expect(shots.length).toBeGreaterThanOrEqual(2);
      expect(shots.length).toBeLessThanOrEqual(4);
      for (const shot of shots) {
        expect(shot.photographerId).toBe(card.photographerId);
        expect(shot.takenAt!.getTime()).toBeGreaterThan(card.takenAt!.getTime());
      }
    }
    // Every photographer of a shoot with photos has photographed someone.
    const crews = await database.prisma.projectPhotographer.findMany({
      where: { operatorId, projectId: { in: [...new Set(cards.map((card) => card.projectId))] } },
    });
    for (const { projectId, photographerId } of crews) {
      expect(
        cards.some((c) => c.projectId === projectId && c.photographerId === photographerId),
      ).toBe(true);
    }
  });

  it("gives the README's access code a member with photos, found by tag and served as files", async () => {
    const member = await database.prisma.member.findUniqueOrThrow({
      where: { accessCode: DEMO_ACCESS_CODE },
      select: { id: true, projectId: true },
    });
    const page = await listPhotos(tenant, operator, {
      projectId: member.projectId,
      memberId: member.id,
      limit: 50,
    });
    const byCard = page.items.filter((photo) =>
      photo.tags.some((tag) => tag.memberId === member.id && tag.source === "card"),
    );
    expect(byCard.length).toBeGreaterThanOrEqual(2);
    const file = await photoFile(tenant, operator, { id: byCard[0]!.id, size: "original" });
    const bytes = await bytesOf((await file.open()).body);
    expect(sha256(bytes)).toBe(byCard[0]!.sha256);
  });

  it("leaves a few photos before the first card for review, and one group tagged by hand", async () => {
    const photos = await photosOfDemo();
    const untagged = photos.filter((p) => p.kind === "photo" && p.tags.length === 0);
    expect(untagged.length).toBeGreaterThanOrEqual(3);
    expect(untagged.length).toBeLessThanOrEqual(15);
    for (const photo of untagged) {
      const firstCard = photos.find(
        (p) =>
          p.kind === "card" &&
          p.projectId === photo.projectId &&
          p.photographerId === photo.photographerId,
      );
      expect(photo.takenAt!.getTime()).toBeLessThan(firstCard!.takenAt!.getTime());
    }
    const projects = new Set(untagged.map((photo) => photo.projectId));
    for (const projectId of projects) {
      const queue = await listPhotos(tenant, operator, { projectId, tagged: false, limit: 50 });
      expect(queue.total).toBe(untagged.filter((p) => p.projectId === projectId).length);
    }

    const byHand = photos.filter((photo) => photo.taggedByHand);
    expect(byHand).toHaveLength(1);
    expect(byHand[0]!.tags.length).toBe(3);
    expect(byHand[0]!.tags.every((tag) => tag.source === "manual")).toBe(true);
  });

  it("sells only to photographed members, so the funnel narrows at each step", async () => {
    const { conversionFunnel: funnel, kpis } = await getAnalytics(tenant, {});
    expect(funnel.enrolled).toBeGreaterThan(funnel.tagged);
    expect(funnel.tagged).toBeGreaterThan(funnel.purchased);
    expect(funnel.purchased).toBeGreaterThan(10);
    expect(kpis.photosUploaded).toBe(
      await database.prisma.photo.count({ where: { operatorId, kind: "photo" } }),
    );
    const orders = await database.prisma.order.findMany({
      where: { operatorId },
      select: { memberId: true },
    });
    const tagged = await database.prisma.photoTag.findMany({
      where: { operatorId },
      select: { memberId: true },
    });
    const taggedIds = new Set(tagged.map((tag) => tag.memberId));
    expect(orders.every((order) => order.memberId && taggedIds.has(order.memberId))).toBe(true);
  });

  it("spreads its uploads, visits and orders over the weeks before today", async () => {
    const day = (at: Date) => at.toISOString().slice(0, 10);
    const photos = await photosOfDemo();
    const uploadDays = new Set(photos.map((photo) => day(photo.uploadedAt)));
    expect(uploadDays.size).toBeGreaterThanOrEqual(4);
    expect(uploadDays.has(day(NOW))).toBe(false);
    for (const photo of photos) {
      expect(photo.uploadedAt.getTime(), photo.fileName).toBeGreaterThan(photo.takenAt!.getTime());
    }

    const members = await database.prisma.member.findMany({
      where: { operatorId },
      select: { firstViewedAt: true, orders: { select: { orderedAt: true, packageId: true } } },
    });
    const visited = members.filter((member) => member.firstViewedAt);
    expect(visited.length).toBeGreaterThan(members.filter((m) => m.orders.length > 0).length);
    const orderDays = new Set<string>();
    for (const { firstViewedAt, orders } of members) {
      if (orders.length === 0) continue;
      // Every buyer opened the gallery first, and no one ordered the same thing twice in a row.
      const times = orders.map((order) => order.orderedAt.getTime()).sort((a, b) => a - b);
      expect(firstViewedAt!.getTime()).toBeLessThan(times[0]!);
      expect(new Set(orders.map((order) => order.packageId)).size).toBe(orders.length);
      for (let i = 1; i < times.length; i++) {
        expect(times[i]! - times[i - 1]!).toBeGreaterThan(60 * 60 * 1000);
      }
      for (const order of orders) {
        expect(order.orderedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        orderDays.add(day(order.orderedAt));
      }
    }
    expect(orderDays.size).toBeGreaterThanOrEqual(7);
  });

  it("has sent its shoots' invitations, and counts the sales that followed them", async () => {
    const shoots = await database.prisma.project.findMany({
      where: { operatorId, members: { some: {} } },
      select: { id: true, _count: { select: { members: true } } },
    });
    expect(shoots.length).toBeGreaterThan(0);
    for (const shoot of shoots) {
      const overview = await campaignOverview(tenant, shoot.id);
      expect(overview.invitationsPending).toBe(0);
      expect(overview.kinds.invitation.sent).toBe(shoot._count.members);
    }
    // Orders were paid within days of the shoot, so some follow an invitation within 7 days.
    const overviews = await Promise.all(shoots.map((shoot) => campaignOverview(tenant, shoot.id)));
    expect(overviews.some((overview) => overview.kinds.invitation.paidOrders > 0)).toBe(true);
  });

  it("shows the sales engine and integrations alive: a deadline, a coupon, an API key and a webhook", async () => {
    const first = await database.prisma.project.findFirstOrThrow({
      where: { operatorId, members: { some: { accessCode: DEMO_ACCESS_CODE } } },
      select: { id: true, ordersCloseAt: true },
    });
    expect(first.ordersCloseAt?.getTime()).toBeGreaterThan(NOW.getTime());
    expect(await listCoupons(tenant, first.id)).toEqual([
      expect.objectContaining({ code: "FREUNDE10", percentOff: 10, maxRedemptions: 50 }),
    ]);
    const [webhook] = await listWebhooks(tenant);
    expect(webhook).toMatchObject({ events: ["order.paid"], enabled: true });
    const deliveries = await listWebhookDeliveries(tenant, webhook!.id);
    expect(deliveries.filter((d) => d.status === "succeeded").length).toBeGreaterThanOrEqual(5);
    expect(deliveries.filter((d) => d.status === "failed")).toHaveLength(1);
    expect(await listApiKeys(tenant)).toEqual([
      expect.objectContaining({
        name: "Print lab order sync",
        scopes: ["orders:read", "projects:read"],
      }),
    ]);
  });

  it("shows privacy alive: a shoot whose photos go within 14 days, and the studio's privacy contact", async () => {
    const soon = await database.prisma.project.findMany({
      where: {
        operatorId,
        deletePhotosAfter: { gt: NOW, lte: new Date(NOW.getTime() + 14 * 24 * 60 * 60 * 1000) },
        photos: { some: {} },
      },
    });
    expect(soon).toHaveLength(1);
    const studio = await database.prisma.operator.findUniqueOrThrow({ where: { id: operatorId } });
    expect(studio.privacyContact).toContain("@");
    expect(studio.privacyText).toBeTruthy();
    const imports = await database.prisma.auditEntry.findMany({
      where: { operatorId, action: "members_imported" },
    });
    const shootsWithMembers = await database.prisma.project.count({
      where: { operatorId, members: { some: {} } },
    });
    expect(imports).toHaveLength(shootsWithMembers);
  });

  it("draws the same picture from the same options, and another for another shot", async () => {
    const options = { seed: 1001, pose: 1, takenAt: "2026:06:15 10:12:30" };
    const first = sha256(await portraitPhoto(options));
    expect(sha256(await portraitPhoto(options))).toBe(first);
    expect(sha256(await portraitPhoto({ ...options, pose: 2 }))).not.toBe(first);
    expect(sha256(await cardPhoto("RVSDEDEM26", options))).toBe(
      sha256(await cardPhoto("RVSDEDEM26", options)),
    );
  });

  it("finds the README's code as typed or scanned, within the project and studio only", async () => {
    const member = await database.prisma.member.findUniqueOrThrow({
      where: { accessCode: DEMO_ACCESS_CODE },
      select: { id: true, operatorId: true, projectId: true, project: { select: { name: true } } },
    });
    expect(member.project.name).toMatch(/^Riverside Primary/);
    const found = await findMemberByAccessCode(tenant, member.projectId, " rvsde-dem26 ");
    expect(found?.id).toBe(member.id);
    expect(await findMemberByAccessCode(tenant, member.projectId, "RVSDE-DEM27")).toBeNull();
    expect(await findMemberByAccessCode(tenant, member.projectId, "not a code")).toBeNull();
    const otherProject = await database.prisma.project.findFirstOrThrow({
      where: { operatorId: member.operatorId, id: { not: member.projectId } },
    });
    expect(await findMemberByAccessCode(tenant, otherProject.id, DEMO_ACCESS_CODE)).toBeNull();
    const stranger = tenantOf(database.prisma, (await insertOperator(database.prisma)).id);
    expect(await findMemberByAccessCode(stranger, member.projectId, DEMO_ACCESS_CODE)).toBeNull();

    const demoMembers = await database.prisma.member.findMany({
      where: { operatorId: member.operatorId },
      select: { accessCode: true, group: true, externalId: true },
    });
    expect(demoMembers.length).toBeGreaterThan(100);
    expect(demoMembers.every((m) => CODE.test(m.accessCode) && m.group && m.externalId)).toBe(true);
  });

  it("answers the logins the dev server prints while the public password still works", async () => {
    expect(await demoLogins(database.prisma)).toEqual({
      operator: DEMO_OPERATOR_EMAIL,
      photographers: [
        "ada@example.com",
        "ben@example.com",
        "chiara@example.com",
        "dev@example.com",
      ],
      admin: null,
      password: DEMO_PASSWORD,
    });
    const where = { email: DEMO_OPERATOR_EMAIL };
    const { passwordHash } = await database.prisma.account.findUniqueOrThrow({ where });
    await database.prisma.account.update({
      where,
      data: { passwordHash: await hashPassword("a private password") },
    });
    expect(await demoLogins(database.prisma)).toBeNull();
    await database.prisma.account.update({ where, data: { passwordHash } });
  });

  it("adds the demo admin to a platform without admins, and names it while its password is public", async () => {
    const { prisma } = database;
    expect(await seedDemoAdmin(prisma)).toBe(DEMO_ADMIN_EMAIL);
    expect(await seedDemoAdmin(prisma)).toBe(DEMO_ADMIN_EMAIL);
    expect(await prisma.admin.count()).toBe(1);
    expect((await demoLogins(prisma))?.admin).toBe(DEMO_ADMIN_EMAIL);
    const admin = await authenticateAdmin(
      prisma,
      { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD },
      { now: new Date(), clientAddress: "203.0.113.9", log: getLogger() },
    );
    expect(admin.email).toBe(DEMO_ADMIN_EMAIL);

    await prisma.admin.update({
      where: { email: DEMO_ADMIN_EMAIL },
      data: { passwordHash: await hashPassword("a private password") },
    });
    expect((await demoLogins(prisma))?.admin).toBeNull();
    expect(await seedDemoAdmin(prisma)).toBeNull();
  });

  it("adds no demo admin where real admins exist", async () => {
    const other = await createTestDatabase();
    try {
      await insertAdmin(other.prisma);
      expect(await seedDemoAdmin(other.prisma)).toBeNull();
      expect(await other.prisma.admin.count()).toBe(1);
    } finally {
      await other.destroy();
    }
  });
});
