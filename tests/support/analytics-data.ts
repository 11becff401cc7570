import bcrypt from "bcrypt";
import type { PrismaClient } from "@/generated/prisma/client";
import { PASSWORD } from "./backoffice";
import { uniqueEmail } from "./fixtures";

/**
 * A small data set whose analytics were worked out by hand.
 *
 * Lumen Studio: photographers Ada, Ben, Cy (deleted, has photos) and Dee (no
 * photos, no project); projects Spring School (Ada, Ben) and Summer Gala (Ben);
 * packages Basic 10.00, Premium 25.00, Deluxe 50.00 (deleted, sold once) and
 * Mini 5.00 (never sold); Spring School offers Basic and Premium, Summer Gala
 * Basic and Mini.
 *
 * Spring School: members m1-m5; photos Ada 4, Ben 2, Cy 1; tags a1{m1,m2},
 * a2{m1}, b1{m3}, c1{m1}; orders m1 Basic 10.00, m1 Premium 25.00, m2 Deluxe
 * 50.00, m3 Basic 9.00 (a discount).
 * Summer Gala: members n1-n3; photos Ben 3; tag b3{n1}; order n1 Basic 10.00.
 * Orders that do not count as sales: m4 Premium 25.00 pending, m5 Basic 10.00 refunded.
 *
 * For the reports, the studio is in Europe/Berlin and sells in EUR. Orders
 * were placed (UTC): m1 Basic 2026-03-12 08:00, m1 Premium 2026-03-15 22:30
 * (23:30 in Berlin, still the 15th), m2 Deluxe 2026-03-20 12:00, m3 Basic
 * 2026-03-31 22:30 (00:30 on 1 April in Berlin, summer time), n1 Basic
 * 2026-04-10 09:00. Gallery visits: m1 2026-03-11, m2 2026-03-12, m4
 * 2026-04-02; n1-n3 never. Summer Gala starts 2026-06-01; Spring School 2026-03-10.
 *
 * Rival Studio has data of its own that must never show up in Lumen's numbers.
 */
export const EXPECTED = {
  all: {
    kpis: {
      membersEnrolled: 8,
      revenueInCents: 10400,
      photosUploaded: 10,
      usersTagged: 4,
      packagesSold: 5,
    },
    photosByPhotographer: [
      { name: "Ben", photoCount: 5 },
      { name: "Ada", photoCount: 4 },
      { name: "Cy", photoCount: 1 },
      { name: "Dee", photoCount: 0 },
    ],
    packageSales: [
      { name: "Deluxe", count: 1, revenueInCents: 5000 },
      { name: "Basic", count: 3, revenueInCents: 2900 },
      { name: "Premium", count: 1, revenueInCents: 2500 },
      { name: "Mini", count: 0, revenueInCents: 0 },
    ],
    conversionFunnel: { enrolled: 8, tagged: 4, purchased: 4 },
  },
  springSchool: {
    kpis: {
      membersEnrolled: 5,
      revenueInCents: 9400,
      photosUploaded: 7,
      usersTagged: 3,
      packagesSold: 4,
    },
    photosByPhotographer: [
      { name: "Ada", photoCount: 4 },
      { name: "Ben", photoCount: 2 },
      { name: "Cy", photoCount: 1 },
    ],
    packageSales: [
      { name: "Deluxe", count: 1, revenueInCents: 5000 },
      { name: "Premium", count: 1, revenueInCents: 2500 },
      { name: "Basic", count: 2, revenueInCents: 1900 },
    ],
    conversionFunnel: { enrolled: 5, tagged: 3, purchased: 3 },
  },
  summerGala: {
    kpis: {
      membersEnrolled: 3,
      revenueInCents: 1000,
      photosUploaded: 3,
      usersTagged: 1,
      packagesSold: 1,
    },
    photosByPhotographer: [{ name: "Ben", photoCount: 3 }],
    packageSales: [
      { name: "Basic", count: 1, revenueInCents: 1000 },
      { name: "Mini", count: 0, revenueInCents: 0 },
    ],
    conversionFunnel: { enrolled: 3, tagged: 1, purchased: 1 },
  },
};

export interface AnalyticsData {
  operatorId: string;
  email: string;
  password: string;
  springSchoolId: string;
  summerGalaId: string;
  rivalOperatorId: string;
  rivalProjectId: string;
}

/** Strips ids so results compare with EXPECTED. */
export function withoutIds<
  T extends { photosByPhotographer: { id?: string }[]; packageSales: { id?: string }[] },
>(analytics: T) {
  return {
    ...analytics,
    photosByPhotographer: analytics.photosByPhotographer.map(({ id: _id, ...rest }) => rest),
    packageSales: analytics.packageSales.map(({ id: _id, ...rest }) => rest),
  };
}

export async function insertAnalyticsData(db: PrismaClient): Promise<AnalyticsData> {
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  const email = uniqueEmail("lumen");
  const operator = await db.operator.create({
    data: {
      name: "Lumen Studio",
      timezone: "Europe/Berlin",
      currency: "EUR",
      account: { create: { email, passwordHash } },
    },
  });
  const operatorId = operator.id;

  const photographer = async (name: string) => {
    const account = await db.account.create({
      data: { email: uniqueEmail(name.toLowerCase()), passwordHash },
    });
    return db.photographer.create({ data: { operatorId, accountId: account.id, name } });
  };
  const [ada, ben, cy] = [
    await photographer("Ada"),
    await photographer("Ben"),
    await photographer("Cy"),
  ];
  await photographer("Dee");

  const project = (name: string, startAt: string) =>
    db.project.create({ data: { operatorId, name, timezone: "UTC", startAt: new Date(startAt) } });
  const spring = await project("Spring School", "2026-03-10T08:00:00Z");
  const gala = await project("Summer Gala", "2026-06-01T16:00:00Z");

  const pkg = (name: string, price: number) =>
    db.package.create({ data: { operatorId, name, price, photoCount: 10 } });
  const [basic, premium, deluxe, mini] = [
    await pkg("Basic", 1000),
    await pkg("Premium", 2500),
    await pkg("Deluxe", 5000),
    await pkg("Mini", 500),
  ];

  await db.projectPhotographer.createMany({
    data: [
      { operatorId, projectId: spring.id, photographerId: ada.id },
      { operatorId, projectId: spring.id, photographerId: ben.id },
      { operatorId, projectId: gala.id, photographerId: ben.id },
    ],
  });
  await db.projectPackage.createMany({
    data: [
      { operatorId, projectId: spring.id, packageId: basic.id },
      { operatorId, projectId: spring.id, packageId: premium.id },
      { operatorId, projectId: gala.id, packageId: basic.id },
      { operatorId, projectId: gala.id, packageId: mini.id },
    ],
  });

  const members = async (projectId: string, names: string[]) => {
    const rows = [];
    for (const name of names)
      rows.push(await db.member.create({ data: { operatorId, projectId, name } }));
    return rows;
  };
  const [m1, m2, m3, m4, m5] = await members(spring.id, ["m1", "m2", "m3", "m4", "m5"]);
  const viewed = (member: { id: string }, at: string) =>
    db.member.update({ where: { id: member.id }, data: { firstViewedAt: new Date(at) } });
  await viewed(m1!, "2026-03-11T17:00:00Z");
  await viewed(m2!, "2026-03-12T17:00:00Z");
  await viewed(m4!, "2026-04-02T17:00:00Z");
  const [n1] = await members(gala.id, ["n1", "n2", "n3"]);

  const photos = async (projectId: string, photographerId: string, count: number) => {
    const rows = [];
    for (let i = 0; i < count; i++) {
      rows.push(
        await db.photo.create({
          data: { operatorId, projectId, photographerId, fileName: `p${i}.jpg` },
        }),
      );
    }
    return rows;
  };
  const [a1, a2] = await photos(spring.id, ada.id, 4);
  const [b1] = await photos(spring.id, ben.id, 2);
  const [c1] = await photos(spring.id, cy.id, 1);
  const galaPhotos = await photos(gala.id, ben.id, 3);

  const tag = (projectId: string, photoId: string, memberId: string) => ({
    operatorId,
    projectId,
    photoId,
    memberId,
  });
  await db.photoTag.createMany({
    data: [
      tag(spring.id, a1!.id, m1!.id),
      tag(spring.id, a1!.id, m2!.id),
      tag(spring.id, a2!.id, m1!.id),
      tag(spring.id, b1!.id, m3!.id),
      tag(spring.id, c1!.id, m1!.id),
      tag(gala.id, galaPhotos[2]!.id, n1!.id),
    ],
  });

  const order = (
    projectId: string,
    memberId: string,
    packageId: string,
    amountInCents: number,
    orderedAt: string,
    status: "paid" | "pending" | "refunded" = "paid",
  ) => ({
    operatorId,
    projectId,
    memberId,
    packageId,
    listPriceInCents: amountInCents,
    amountInCents,
    currency: "EUR",
    orderedAt: new Date(orderedAt),
    status,
  });
  await db.order.createMany({
    data: [
      order(spring.id, m1!.id, basic.id, 1000, "2026-03-12T08:00:00Z"),
      order(spring.id, m1!.id, premium.id, 2500, "2026-03-15T22:30:00Z"),
      order(spring.id, m2!.id, deluxe.id, 5000, "2026-03-20T12:00:00Z"),
      order(spring.id, m3!.id, basic.id, 900, "2026-03-31T22:30:00Z"),
      order(gala.id, n1!.id, basic.id, 1000, "2026-04-10T09:00:00Z"),
      order(spring.id, m4!.id, premium.id, 2500, "2026-03-16T10:00:00Z", "pending"),
      order(spring.id, m5!.id, basic.id, 1000, "2026-03-17T10:00:00Z", "refunded"),
    ],
  });

  // Cy leaves the studio and Deluxe is retired: their history stays.
  await db.photographer.update({
    where: { id: cy.id },
    data: { deletedAt: new Date(), accountId: null },
  });
  await db.account.delete({ where: { id: cy.accountId! } });
  await db.package.update({ where: { id: deluxe.id }, data: { deletedAt: new Date() } });

  const rival = await insertRivalData(db, passwordHash);
  return {
    operatorId,
    email,
    password: PASSWORD,
    springSchoolId: spring.id,
    summerGalaId: gala.id,
    rivalOperatorId: rival.operatorId,
    rivalProjectId: rival.projectId,
  };
}

async function insertRivalData(db: PrismaClient, passwordHash: string) {
  const rival = await db.operator.create({
    data: {
      name: "Rival Studio",
      account: { create: { email: uniqueEmail("rival"), passwordHash } },
    },
  });
  const operatorId = rival.id;
  const account = await db.account.create({
    data: { email: uniqueEmail("rivalph"), passwordHash },
  });
  const photographer = await db.photographer.create({
    data: { operatorId, accountId: account.id, name: "Ben" },
  });
  const project = await db.project.create({
    data: { operatorId, name: "Rival Shoot", timezone: "UTC" },
  });
  const pkg = await db.package.create({
    data: { operatorId, name: "Basic", price: 7777, photoCount: 1 },
  });
  const member = await db.member.create({
    data: { operatorId, projectId: project.id, name: "r1" },
  });
  await db.member.create({ data: { operatorId, projectId: project.id, name: "r2" } });
  const photo = await db.photo.create({
    data: { operatorId, projectId: project.id, photographerId: photographer.id, fileName: "r.jpg" },
  });
  await db.photoTag.create({
    data: { operatorId, projectId: project.id, photoId: photo.id, memberId: member.id },
  });
  await db.order.create({
    data: {
      operatorId,
      projectId: project.id,
      memberId: member.id,
      packageId: pkg.id,
      listPriceInCents: 7777,
      amountInCents: 7777,
    },
  });
  return { operatorId, projectId: project.id };
}
