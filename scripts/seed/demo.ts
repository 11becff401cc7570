import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { OperatorCaller, PhotographerCaller } from "@/server/auth/caller";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { tenantOf } from "@/server/db/tenant";
import { generateAccessCode } from "@/server/domain/access-codes";
import { createApiKey } from "@/server/domain/api-keys";
import { recordAudit } from "@/server/domain/audit-log";
import { createCoupon } from "@/server/domain/coupons";
import { orderAsSent } from "@/server/domain/orders";
import { setPhotoTags } from "@/server/domain/photos";
import { sealWebhookSecret, webhookBody } from "@/server/domain/webhooks";
import { type Camera, shootDemoPhotos, type ShootMember } from "./demo-photos";

/**
 * A small, realistic studio to try the product with: photographers with their
 * own logins, past and upcoming shoots, packages, and members who were
 * photographed, tagged and bought prints. The photos are real image files,
 * uploaded through the app's own upload path: each photographed member's QR
 * card first, then the member, so the app reads the cards and tags the photos
 * itself. Deterministic: the same names, shots and pictures on every run
 * (dates follow today's, access codes are fresh), so screenshots and demos are
 * stable.
 */

export const DEMO_PASSWORD = "demo-password";
export const DEMO_OPERATOR_EMAIL = "demo@example.com";
/** The demo's platform admin (the admin console at /admin), with the same public password. */
export const DEMO_ADMIN_EMAIL = "demo-admin@example.com";
/** The access code of the first member of the first demo project (see the README). */
export const DEMO_ACCESS_CODE = "RVSDEDEM26";

export interface DemoCredentials {
  operator: string;
  photographers: string[];
  /** The demo admin, while it exists with the public password. */
  admin: string | null;
  password: string;
}

/** mulberry32: a tiny seeded PRNG, so the demo is the same every time. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

const FIRST = [
  "Mia",
  "Noah",
  "Emma",
  "Liam",
  "Sofia",
  "Lucas",
  "Hannah",
  "Elias",
  "Lea",
  "Jonas",
  "Clara",
  "Ben",
  "Ida",
  "Paul",
  "Nora",
  "Finn",
  "Lina",
  "Max",
  "Ella",
  "Theo",
];
const LAST = [
  "Becker",
  "Schmidt",
  "Ortega",
  "Nguyen",
  "Kowalski",
  "Rossi",
  "Dubois",
  "Okafor",
  "Larsen",
  "Novak",
  "Silva",
  "Tanaka",
  "Weber",
  "Moreau",
  "Jensen",
];

const PHOTOGRAPHERS = [
  { name: "Ada Lovelace", email: "ada@example.com", camera: { prefix: "IMG_", next: 4101 } },
  { name: "Ben Okafor", email: "ben@example.com", camera: { prefix: "DSC_", next: 1187 } },
  { name: "Chiara Rossi", email: "chiara@example.com", camera: { prefix: "_MG_", next: 7350 } },
  { name: "Dev Patel", email: "dev@example.com", camera: { prefix: "DSCF", next: 2044 } },
];

const PACKAGES = [
  { name: "Digital Basic", price: 1900, photoCount: 5 },
  { name: "Classic Prints", price: 3900, photoCount: 10 },
  { name: "Premium Album", price: 7900, photoCount: 25 },
  { name: "Family Bundle", price: 12900, photoCount: 50 },
];

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The shoots. `photographed`: how many members (the first ones, in roster
 * order) have real photos: a card and 2 to 4 portraits each. Every one is a
 * generated image that goes through the upload path (about 0.1 s of work for
 * two cores), so the demo keeps to some 170 of them, loaded within half a
 * minute on a busy laptop. The rest of a roster is enrolled, not photographed.
 */
const PROJECTS = [
  {
    name: "Riverside Primary – School Photo Day",
    location: "Riverside Primary School",
    offsetDays: -40,
    hours: 7,
    members: 120,
    photographed: 12,
    groups: ["1A", "1B", "2A", "2B", "3A", "3B", "4A", "4B"],
    idPrefix: "RP",
    photographers: [0, 1],
    packages: [0, 1, 3],
    tz: "Europe/Berlin",
  },
  {
    name: "Müller–Okafor Wedding",
    location: "Schloss Charlottenburg",
    offsetDays: -21,
    hours: 10,
    members: 45,
    photographed: 8,
    groups: ["Table 1", "Table 2", "Table 3", "Table 4", "Table 5"],
    idPrefix: "MO",
    photographers: [2],
    packages: [1, 2],
    tz: "Europe/Berlin",
  },
  {
    name: "City Marathon 2026",
    location: "Brandenburg Gate",
    offsetDays: -9,
    hours: 6,
    members: 90,
    photographed: 9,
    groups: ["10 km", "Half marathon", "Marathon"],
    idPrefix: "BIB",
    photographers: [0, 1, 3],
    packages: [0, 1],
    tz: "Europe/Berlin",
  },
  {
    name: "Lakeside Kindergarten Portraits",
    location: "Lakeside Kindergarten",
    offsetDays: -3,
    hours: 5,
    members: 60,
    photographed: 8,
    groups: ["Bears", "Foxes", "Owls"],
    idPrefix: "LK",
    photographers: [3],
    packages: [0, 3],
    tz: "Europe/Berlin",
  },
  {
    name: "Graduation Ball – Class of 2026",
    location: "Grand Hotel Ballroom",
    offsetDays: 12,
    hours: 6,
    members: 80,
    photographed: 0,
    groups: ["12A", "12B", "12C"],
    idPrefix: "GB",
    photographers: [1, 2],
    packages: [1, 2, 3],
    tz: "Europe/Berlin",
  },
  {
    name: "Tech Summit Headshots",
    location: "Convention Center, Hall B",
    offsetDays: 30,
    hours: 8,
    members: 0,
    photographed: 0,
    groups: ["Speakers"],
    idPrefix: "TS",
    photographers: [0],
    packages: [0],
    tz: "America/New_York",
  },
];

export async function hasAnyOperator(db: PrismaClient): Promise<boolean> {
  return (await db.operator.count()) > 0;
}

const demoCredentials = (admin: string | null): DemoCredentials => ({
  operator: DEMO_OPERATOR_EMAIL,
  photographers: PHOTOGRAPHERS.map((p) => p.email),
  admin,
  password: DEMO_PASSWORD,
});

/** The demo admin's e-mail while it signs in with the public password; else null. */
async function demoAdminLogin(db: PrismaClient): Promise<string | null> {
  const admin = await db.admin.findUnique({
    where: { email: DEMO_ADMIN_EMAIL },
    select: { passwordHash: true },
  });
  return admin && (await verifyPassword(DEMO_PASSWORD, admin.passwordHash))
    ? DEMO_ADMIN_EMAIL
    : null;
}

/**
 * The demo's admin login, added only to a platform without any admin: where
 * real admins exist, no admin with a public password joins them. Answers the
 * demo admin's e-mail while it signs in with the public password, else null.
 */
export async function seedDemoAdmin(db: PrismaClient): Promise<string | null> {
  if ((await db.admin.count()) === 0) {
    await db.admin.create({
      data: {
        email: DEMO_ADMIN_EMAIL,
        fullName: "Demo Admin",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
  }
  return demoAdminLogin(db);
}

/**
 * The demo logins, while the database holds the demo studio and its password
 * is still the public one (the development server prints them); else null.
 */
export async function demoLogins(db: PrismaClient): Promise<DemoCredentials | null> {
  const account = await db.account.findUnique({
    where: { email: DEMO_OPERATOR_EMAIL },
    select: { passwordHash: true },
  });
  if (!account || !(await verifyPassword(DEMO_PASSWORD, account.passwordHash))) return null;
  return demoCredentials(await demoAdminLogin(db));
}

export interface SeedDemoOptions {
  /** "Today" for the demo's dates. */
  now?: Date;
  /** Told what is being loaded, a line at a time. */
  progress?: (message: string) => void;
}

export async function seedDemo(
  db: PrismaClient,
  { now = new Date(), progress = () => {} }: SeedDemoOptions = {},
): Promise<DemoCredentials> {
  const credentials = demoCredentials(null);
  if (await db.account.findUnique({ where: { email: DEMO_OPERATOR_EMAIL } })) return credentials;

  const random = randomSource(2026);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const operator = await db.operator.create({
    data: {
      name: "Lumen Photo Studio",
      address: "Kastanienallee 12\n10435 Berlin",
      billingAddress: "Lumen Photo Studio GmbH\nKastanienallee 12\n10435 Berlin",
      currency: "EUR",
      locale: "de-DE",
      timezone: "Europe/Berlin",
      privacyContact:
        "Datenschutz, Lumen Photo Studio, Kastanienallee 12, 10435 Berlin – privacy@lumen.example",
      privacyText:
        "We photograph pupils only with their parents' consent, keep photos 90 days after ordering closes and never pass them on except to our print lab.",
      account: { create: { email: DEMO_OPERATOR_EMAIL, passwordHash } },
    },
  });
  const operatorId = operator.id;
  const tenant = tenantOf(db, operatorId);
  const operatorCaller: OperatorCaller = { role: "operator", id: operatorId, operatorId };

  const photographers: { caller: PhotographerCaller; camera: Camera }[] = [];
  for (const { name, email, camera } of PHOTOGRAPHERS) {
    const account = await db.account.create({ data: { email, passwordHash } });
    const { id } = await db.photographer.create({
      data: { operatorId, accountId: account.id, name },
    });
    photographers.push({ caller: { role: "photographer", id, operatorId }, camera: { ...camera } });
  }
  // The print lab's order sync (Settings → API keys); its key was shown once, to the lab.
  await createApiKey(tenant, {
    name: "Print lab order sync",
    scopes: ["orders:read", "projects:read"],
  });
  const packages: { id: string; price: number }[] = [];
  for (const pkg of PACKAGES)
    packages.push(await db.package.create({ data: { operatorId, ...pkg } }));

  for (const [projectIndex, plan] of PROJECTS.entries()) {
    const startAt = new Date(
      Math.floor((now.getTime() + plan.offsetDays * DAY) / DAY) * DAY + 8 * 60 * 60 * 1000,
    );
    const project = await db.project.create({
      data: {
        operatorId,
        name: plan.name,
        locationName: plan.location,
        startAt,
        endAt: new Date(startAt.getTime() + plan.hours * 60 * 60 * 1000),
        termsAndConditions:
          "Orders are printed within 10 working days. Digital files are delivered by e-mail.",
        timezone: plan.tz,
      },
    });
    const crew = plan.photographers.map((i) => photographers[i]!);
    const offered = plan.packages.map((i) => packages[i]!);
    await db.projectPhotographer.createMany({
      data: crew.map((p) => ({ operatorId, projectId: project.id, photographerId: p.caller.id })),
    });
    await db.projectPackage.createMany({
      data: offered.map((p) => ({ operatorId, projectId: project.id, packageId: p.id })),
    });
    if (plan === PROJECTS[1]) {
      // The couple asked for their photos to go soon: the studio gets the 14-day warning at once.
      await db.project.update({
        where: { id: project.id },
        data: { deletePhotosAfter: new Date(now.getTime() + 12 * DAY) },
      });
    }
    if (plan.offsetDays > 0 || plan.members === 0) continue;
    if (plan === PROJECTS[0]) {
      // Ordering closes in ten days, with a coupon for friends of the school: the Sales section.
      await db.project.update({
        where: { id: project.id },
        data: { ordersCloseAt: new Date(now.getTime() + 10 * DAY) },
      });
      await createCoupon(tenant, {
        projectId: project.id,
        code: "FREUNDE10",
        percentOff: 10,
        maxRedemptions: 50,
      });
    }

    const groups = plan.groups;
    await db.member.createMany({
      data: Array.from({ length: plan.members }, (_, i) => ({
        operatorId,
        projectId: project.id,
        name: `${random.pick(FIRST)} ${random.pick(LAST)}`,
        externalId: `${plan.idPrefix}-${String(i + 1).padStart(4, "0")}`,
        // A parent's address (example.test never delivers): the invitations below went to it.
        email: `parent.${plan.idPrefix.toLowerCase()}-${i + 1}@example.test`,
        group: groups[i % groups.length]!,
        // One fixed code so the README can name it; the others are fresh.
        accessCode: i === 0 && plan === PROJECTS[0] ? DEMO_ACCESS_CODE : generateAccessCode(),
      })),
    });
    // The class list came in a week before the shoot (Settings → Audit log).
    await recordAudit(db, {
      operatorId,
      actor: { type: "operator", id: operatorId },
      action: "members_imported",
      subject: { type: "project", id: project.id },
      details: { created: plan.members, updated: 0, unchanged: 0, skipped: 0 },
      at: new Date(startAt.getTime() - 7 * DAY),
    });
    const members = await db.member.findMany({
      where: { projectId: project.id },
      orderBy: { externalId: "asc" },
      select: { id: true, accessCode: true, group: true },
    });

    const photographed: ShootMember[] = members
      .slice(0, plan.photographed)
      .map((member, i) => ({ ...member, seed: (projectIndex + 1) * 1000 + i }));
    const shotsOf = new Map(photographed.map((member) => [member.id, random.int(2, 4)]));
    // Three siblings together, before the first card: tagged by hand below.
    const siblings = projectIndex === 0 ? photographed.slice(0, 3) : [];
    const shoot = await shootDemoPhotos({
      database: db,
      tenant,
      projectId: project.id,
      timezone: plan.tz,
      startAt: new Date(startAt.getTime() + 10 * 60 * 1000),
      // The cards went up the evening of the shoot.
      uploadedAt: new Date(Math.min(startAt.getTime() + (plan.hours + 3) * HOUR, now.getTime())),
      crew,
      members: photographed,
      photosOf: (member) => shotsOf.get(member.id)!,
      warmUps: (crewIndex) => (crewIndex === 0 ? 2 : 1),
      group: siblings,
    });
    if (shoot.group) {
      await setPhotoTags(tenant, operatorCaller, {
        id: shoot.group.id,
        memberIds: siblings.map((member) => member.id),
      });
    }
    progress(`${plan.name}: ${shoot.cards} cards and ${shoot.photos} photos`);

    const taggedIds = new Set(
      (
        await db.photoTag.findMany({
          where: { projectId: project.id },
          select: { memberId: true },
        })
      ).map((tag) => tag.memberId),
    );
    // Roster order, so the same members buy on every run.
    const tagged = members.filter((member) => taggedIds.has(member.id)).map((member) => member.id);
    // The invitations went out the morning after the shoot (the project page's Campaigns block);
    // parents opened their galleries, and some ordered, over the days since.
    const invitedAt = new Date(Math.min(startAt.getTime() + DAY, now.getTime()));
    // A random moment after `from`, at most 12 days on, and at least `clear` before today, so the
    // same orders are drawn whichever day the demo is loaded.
    const within = (from: Date, clear: number) => {
      const span = Math.min(12 * DAY, now.getTime() - clear - from.getTime());
      return new Date(from.getTime() + Math.floor(random.next() * Math.max(span, 0)));
    };
    const buyers = new Set(tagged.filter(() => random.next() < 0.45));
    const visits = members
      .filter((member) => buyers.has(member.id) || random.next() < 0.3)
      .map((member) => ({ id: member.id, at: within(invitedAt, DAY) }));
    for (const visit of visits) {
      await db.member.update({ where: { id: visit.id }, data: { firstViewedAt: visit.at } });
    }
    const orders = [];
    for (const visit of visits.filter((v) => buyers.has(v.id))) {
      // A first order minutes after opening the gallery; now and then a second, another package, later.
      let orderedAt = new Date(visit.at.getTime() + random.int(3, 25) * MINUTE);
      const first = random.pick(offered);
      const chosen =
        random.next() < 0.3 ? [first, random.pick(offered.filter((p) => p !== first))] : [first];
      for (const pkg of chosen) {
        if (!pkg) break;
        const discounted = random.next() < 0.15;
        // Some gallery orders still wait to be paid at the studio; the others were paid within days.
        const pending = random.next() < 0.15;
        const paidAt = new Date(
          Math.min(orderedAt.getTime() + random.int(1, 72) * HOUR, now.getTime()),
        );
        orders.push({
          operatorId,
          projectId: project.id,
          memberId: visit.id,
          packageId: pkg.id,
          listPriceInCents: pkg.price,
          discountInCents: discounted ? pkg.price - Math.round(pkg.price * 0.9) : 0,
          amountInCents: discounted ? Math.round(pkg.price * 0.9) : pkg.price,
          currency: "EUR",
          status: pending ? ("pending" as const) : ("paid" as const),
          orderedAt,
          paidAt: pending ? null : paidAt,
        });
        orderedAt = within(new Date(orderedAt.getTime() + 2 * HOUR), HOUR);
      }
    }
    await db.order.createMany({ data: orders });
    if (plan === PROJECTS[0]) await seedLabWebhook(db, operatorId, project.id);

    await db.campaignMail.createMany({
      data: (
        await db.member.findMany({
          where: { projectId: project.id },
          select: { id: true, email: true },
        })
      ).map((member) => ({
        operatorId,
        projectId: project.id,
        memberId: member.id,
        kind: "invitation" as const,
        address: member.email!,
        status: "sent" as const,
        queuedAt: invitedAt,
        sentAt: invitedAt,
      })),
    });
  }
  return credentials;
}

/**
 * The print lab's webhook (Settings → Webhooks): the project's last paid
 * orders went to it as `order.paid`, one of them on the second attempt.
 */
async function seedLabWebhook(db: PrismaClient, operatorId: string, projectId: string) {
  const endpoint = await db.webhookEndpoint.create({
    data: {
      operatorId,
      url: "https://lab.example.test/hooks/lumen",
      description: "Print lab: paid orders",
      events: ["order.paid"],
      secretSealed: sealWebhookSecret(`whsec_${randomBytes(24).toString("base64")}`),
    },
  });
  const paid = await db.order.findMany({
    where: { operatorId, projectId, status: "paid" },
    orderBy: { paidAt: "desc" },
    take: 6,
    select: { id: true, paidAt: true },
  });
  for (const [index, { id, paidAt }] of paid.reverse().entries()) {
    const order = await orderAsSent(db, operatorId, id);
    const event = await db.webhookEvent.create({
      data: {
        operatorId,
        type: "order.paid",
        body: webhookBody("order.paid", { order }, paidAt!),
        createdAt: paidAt!,
      },
    });
    const attempts = index === 2 ? [503, 200] : [200];
    for (const [attempt, statusCode] of attempts.entries()) {
      const attemptedAt = new Date(paidAt!.getTime() + (attempt === 0 ? 1000 : 5 * MINUTE));
      await db.webhookDelivery.create({
        data: {
          operatorId,
          endpointId: endpoint.id,
          eventId: event.id,
          attempt: attempt + 1,
          status: statusCode === 200 ? "succeeded" : "failed",
          statusCode,
          error: statusCode === 200 ? null : "HTTP 503",
          attemptedAt,
          createdAt: attemptedAt,
        },
      });
    }
  }
}
