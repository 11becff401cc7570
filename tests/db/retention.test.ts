import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { getGallery } from "@/server/domain/gallery";
import { ANONYMISED_NAME } from "@/server/domain/retention";
import { applyRetention } from "@/server/jobs/handlers/retention";
import type { JobContext } from "@/server/jobs/registry";
import { type ObjectStorage, photoObjectKey } from "@/server/storage/object-storage";
import type { TestDatabase } from "../support/database";
import { insertOperator, insertPhotographer } from "../support/fixtures";
import { type JobsWithMailbox, startJobsWithMailbox } from "../support/jobs";
import type { Mailbox } from "../support/smtp";

/**
 * Retention on the real database, storage folder, job queue and SMTP sink,
 * with the clock in the test's hands: the job's handler is called with the
 * instants the test chooses; the warning e-mail it queues goes out through the
 * queue's workers.
 */

const DAY = 24 * 60 * 60 * 1000;

let jobs: JobsWithMailbox;
let database: TestDatabase;
let mailbox: Mailbox;
let storage: ObjectStorage;
let context: JobContext;

beforeAll(async () => {
  jobs = await startJobsWithMailbox("retention", "Backoffice <backoffice@example.test>");
  ({ database, mailbox, storage, context } = jobs);
}, 60_000);
afterAll(() => jobs?.stop());

const run = (at: Date) => applyRetention({}, context, at);

/**
 * A studio with a shoot whose ordering closes at `closesAt`: a solo photo of
 * Ada, a group photo of Ada and Ben, files for both, and Ada's paid order of
 * the solo photo.
 */
async function shoot(closesAt: Date) {
  const db = database.prisma;
  const operator = await insertOperator(db, "Retention Studio");
  const photographer = await insertPhotographer(db, operator.id);
  const project = await db.project.create({
    data: {
      operatorId: operator.id,
      name: "Class photos 4b",
      timezone: "Europe/Berlin",
      startAt: new Date(closesAt.getTime() - 30 * DAY),
      ordersCloseAt: closesAt,
    },
  });
  const place = { operatorId: operator.id, projectId: project.id };
  const member = (name: string, email: string) =>
    db.member.create({ data: { ...place, name, email } });
  const ada = await member("Ada Lovelace", "ada.parent@example.test");
  const ben = await member("Ben Carter", "ben.parent@example.test");
  const photo = async (fileName: string, memberIds: string[]) => {
    const row = await db.photo.create({
      data: { ...place, photographerId: photographer.id, fileName },
    });
    for (const variant of ["original", "preview", "thumb"] as const) {
      await storage.put(
        photoObjectKey({ ...place, id: row.id }, variant),
        Buffer.from(fileName),
        "image/jpeg",
      );
    }
    for (const memberId of memberIds) {
      await db.photoTag.create({ data: { ...place, photoId: row.id, memberId } });
    }
    return row;
  };
  const solo = await photo("ada.jpg", [ada.id]);
  const group = await photo("class.jpg", [ada.id, ben.id]);
  const pkg = await db.package.create({
    data: { operatorId: operator.id, name: "Digital", price: 1900, photoCount: 1 },
  });
  const order = await db.order.create({
    data: {
      ...place,
      memberId: ada.id,
      packageId: pkg.id,
      listPriceInCents: 1900,
      amountInCents: 1900,
      status: "paid",
      paidAt: closesAt,
    },
  });
  await db.orderPhoto.create({ data: { ...place, orderId: order.id, photoId: solo.id } });
  await db.campaignMail.create({
    data: { ...place, memberId: ada.id, kind: "invitation", address: "ada.parent@example.test" },
  });
  await db.webhookEvent.create({
    data: {
      operatorId: operator.id,
      type: "member.created",
      body: JSON.stringify({
        type: "member.created",
        timestamp: closesAt.toISOString(),
        data: { member: { id: ada.id, projectId: project.id, name: ada.name } },
      }),
    },
  });
  const caller = createCaller(
    createInnerContext({
      db,
      getCaller: async () => ({ role: "operator", id: operator.id, operatorId: operator.id }),
    }),
  );
  return {
    ...place,
    studioEmail: operator.account.email,
    ada,
    ben,
    solo,
    group,
    order,
    caller,
  };
}

async function filesUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list(prefix)) keys.push(object.key);
  return keys;
}

describe("retention", () => {
  it("keeps photos 90 days after ordering closes, warns the studio 14 days before, once", async () => {
    const closesAt = new Date("2031-03-01T12:00:00Z");
    const studio = await shoot(closesAt);
    const project = await studio.caller.projects.get({ id: studio.projectId });
    const deletesAt = new Date(closesAt.getTime() + 90 * DAY);
    expect(project.deletePhotosAfter).toBe(deletesAt.toISOString());
    expect(project.anonymiseMembersAfter).toBe(
      new Date(closesAt.getTime() - 30 * DAY + 365 * DAY).toISOString(),
    );

    await run(new Date(deletesAt.getTime() - 15 * DAY));
    expect(mailbox.countFor(studio.studioEmail)).toBe(0);

    await run(new Date(deletesAt.getTime() - 14 * DAY));
    const warning = await mailbox.nextFor(studio.studioEmail);
    expect(warning.subject).toBe("Photos of “Class photos 4b” will be deleted on May 30, 2031");
    expect(warning.text).toContain("2 photos");
    expect(warning.text).toContain(`/projects/${studio.projectId}`);

    await run(new Date(deletesAt.getTime() - 13 * DAY));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailbox.countFor(studio.studioEmail)).toBe(1);
  });

  it("lets the studio extend the date, and warns again before the new one", async () => {
    const closesAt = new Date("2031-04-01T12:00:00Z");
    const studio = await shoot(closesAt);
    const firstDate = new Date(closesAt.getTime() + 90 * DAY);
    await run(new Date(firstDate.getTime() - 10 * DAY));
    await mailbox.nextFor(studio.studioEmail);

    const later = new Date(firstDate.getTime() + 30 * DAY);
    const extended = await studio.caller.projects.update({
      id: studio.projectId,
      deletePhotosAfter: later.toISOString(),
    });
    expect(extended.deletePhotosAfter).toBe(later.toISOString());

    await run(new Date(firstDate.getTime() + DAY));
    expect(await database.prisma.photo.count({ where: { projectId: studio.projectId } })).toBe(2);

    await run(new Date(later.getTime() - 7 * DAY));
    const second = await mailbox.nextFor(studio.studioEmail, { after: 1 });
    expect(second.subject).toContain("will be deleted on");
    expect(mailbox.countFor(studio.studioEmail)).toBe(2);
  });

  it("deletes photos, files and tags at the date to the millisecond; orders and revenue stay", async () => {
    const closesAt = new Date("2031-05-01T12:00:00Z");
    const studio = await shoot(closesAt);
    const db = database.prisma;
    const deletesAt = new Date(
      (await studio.caller.projects.get({ id: studio.projectId })).deletePhotosAfter,
    );
    const revenue = () =>
      db.projectPackageCounters.findMany({ where: { projectId: studio.projectId } });
    const revenueBefore = await revenue();
    const folder = `photos/${studio.operatorId}/${studio.projectId}/`;
    expect(await filesUnder(folder)).toHaveLength(6);

    await run(new Date(deletesAt.getTime() - 1));
    expect(await db.photo.count({ where: { projectId: studio.projectId } })).toBe(2);

    await run(deletesAt);
    expect(await db.photo.count({ where: { projectId: studio.projectId } })).toBe(0);
    expect(await db.photoTag.count({ where: { projectId: studio.projectId } })).toBe(0);
    expect(await filesUnder(folder)).toEqual([]);
    const order = await db.order.findUniqueOrThrow({
      where: { id: studio.order.id },
      include: { photos: true },
    });
    expect(order).toMatchObject({ amountInCents: 1900, status: "paid", memberId: studio.ada.id });
    expect(order.photos).toEqual([]);
    expect(await revenue()).toEqual(revenueBefore);

    const project = await studio.caller.projects.get({ id: studio.projectId });
    expect(project.photosDeletedAt).toBe(deletesAt.toISOString());
    const [entry] = await db.auditEntry.findMany({
      where: { operatorId: studio.operatorId, action: "photos_deleted_by_retention" },
    });
    expect(entry).toMatchObject({
      actorType: "system",
      actorId: null,
      subjectType: "project",
      subjectId: studio.projectId,
      details: { photos: 2 },
    });

    const gallery = await getGallery(db, { ...studio.ada, email: studio.ada.email }, deletesAt);
    expect(gallery.photos).toEqual([]);
    expect(gallery.project.photosAvailableUntil).toBeNull();
    expect(gallery.orders).toHaveLength(1);
  });

  it("anonymises members a year after the shoot, keeping their orders and counts", async () => {
    const closesAt = new Date("2031-06-01T12:00:00Z");
    const studio = await shoot(closesAt);
    const db = database.prisma;
    const project = await studio.caller.projects.get({ id: studio.projectId });
    const anonymiseAt = new Date(project.anonymiseMembersAfter);
    const codeBefore = studio.ada.accessCode;
    const galleryBefore = await getGallery(db, studio.ada, new Date(project.deletePhotosAfter));
    expect(galleryBefore.project.photosAvailableUntil).toBe(project.deletePhotosAfter);

    await run(anonymiseAt);
    const ada = await db.member.findUniqueOrThrow({ where: { id: studio.ada.id } });
    expect(ada).toMatchObject({
      name: ANONYMISED_NAME,
      email: null,
      email2: null,
      externalId: null,
      anonymisedAt: anonymiseAt,
    });
    expect(ada.accessCode).not.toBe(codeBefore);
    expect(await db.campaignMail.count({ where: { projectId: studio.projectId } })).toBe(0);
    expect(await db.webhookEvent.count({ where: { operatorId: studio.operatorId } })).toBe(0);
    expect(await db.order.findUniqueOrThrow({ where: { id: studio.order.id } })).toMatchObject({
      memberId: studio.ada.id,
      amountInCents: 1900,
    });
    const numbers = await db.projectCounters.findUniqueOrThrow({
      where: { projectId: studio.projectId },
    });
    expect(numbers).toMatchObject({ members: 2, buyers: 1 });

    const entries = await db.auditEntry.findMany({
      where: { operatorId: studio.operatorId },
      orderBy: { action: "asc" }, // the order the actions are declared in
    });
    expect(entries.map((entry) => [entry.action, entry.details])).toEqual([
      ["photos_deleted_by_retention", { photos: 2 }],
      ["members_anonymised_by_retention", { members: 2 }],
    ]);
    const logged = JSON.stringify(entries);
    for (const personal of ["Ada", "Ben", "example.test", codeBefore]) {
      expect(logged).not.toContain(personal);
    }

    await run(new Date(anonymiseAt.getTime() + DAY));
    expect(
      await db.auditEntry.count({
        where: { operatorId: studio.operatorId, action: "members_anonymised_by_retention" },
      }),
    ).toBe(1);
  });
});
