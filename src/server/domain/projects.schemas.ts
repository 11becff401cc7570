import { z } from "zod";
import { dateTime, httpUrl, longText, name, timeZone, uuid } from "@/server/validation";

const projectFields = {
  locationName: longText(200).nullable().optional(),
  startAt: dateTime().nullable().optional(),
  endAt: dateTime().nullable().optional(),
  projectLink: httpUrl().nullable().optional(),
  termsAndConditions: longText(20_000).nullable().optional(),
  timezone: timeZone().optional(),
  ordersCloseAt: dateTime()
    .nullable()
    .optional()
    .describe("Members' ordering closes at this instant (viewing goes on); null: never"),
  earlyBirdPercentOff: z
    .number("must be a number")
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(90, "must be at most 90")
    .nullable()
    .optional()
    .describe("Percentage off orders placed before earlyBirdUntil (1-90); set with earlyBirdUntil"),
  earlyBirdUntil: dateTime().nullable().optional().describe("The early bird ends at this instant"),
  deletePhotosAfter: dateTime()
    .nullable()
    .optional()
    .describe(
      "The photos' files and tags are deleted at this instant (orders stay); null: 90 days after ordersCloseAt, or after the shoot without one",
    ),
  anonymiseMembersAfter: dateTime()
    .nullable()
    .optional()
    .describe(
      "Members' names, e-mail addresses and codes are anonymised at this instant; null: a year after the shoot",
    ),
  photoConsentDefault: z
    .boolean("must be true or false")
    .optional()
    .describe(
      "The photo consent a new member of this project gets unless it is given (by hand or by the roster); default true",
    ),
};

/** The early bird is a percentage and an end: both or neither. */
export function earlyBirdProblem(value: {
  earlyBirdPercentOff?: number | null;
  earlyBirdUntil?: Date | null;
}): { field: "earlyBirdPercentOff" | "earlyBirdUntil"; message: string } | null {
  const hasPercent = value.earlyBirdPercentOff != null;
  const hasUntil = value.earlyBirdUntil != null;
  if (hasPercent && !hasUntil) {
    return { field: "earlyBirdUntil", message: "is required with earlyBirdPercentOff" };
  }
  if (hasUntil && !hasPercent) {
    return { field: "earlyBirdPercentOff", message: "is required with earlyBirdUntil" };
  }
  return null;
}

function endNotBeforeStart(
  value: { startAt?: Date | null; endAt?: Date | null },
  ctx: z.RefinementCtx,
) {
  if (value.startAt && value.endAt && value.endAt < value.startAt) {
    ctx.addIssue({ code: "custom", path: ["endAt"], message: "must not be before startAt" });
  }
}

export const ZCreateProjectInput = z
  .object({ name: name(), ...projectFields })
  .strict()
  .superRefine(endNotBeforeStart)
  .superRefine((value, ctx) => {
    const problem = earlyBirdProblem(value);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });
export type CreateProjectInput = z.infer<typeof ZCreateProjectInput>;

/** Days before ordering closes that reminders go out: 0-60, at most 5; kept distinct, largest first. */
export const MAX_REMINDER_DAYS = 60;
export const MAX_REMINDERS = 5;
const reminderDays = z
  .array(
    z
      .int("must be a whole number of days")
      .min(0, "must be 0 to 60 days")
      .max(MAX_REMINDER_DAYS, `must be 0 to ${MAX_REMINDER_DAYS} days`),
  )
  .max(MAX_REMINDERS, `must have at most ${MAX_REMINDERS} days`)
  .transform((days) => [...new Set(days)].sort((a, b) => b - a))
  .describe(
    "Days before `ordersCloseAt` that members without a paid order get a reminder (0-60, at most 5; [] for none)",
  );

export const ZUpdateProjectInput = z
  .object({
    id: uuid(),
    name: name().optional(),
    ...projectFields,
    reminderDaysBeforeClose: reminderDays.optional(),
  })
  .strict()
  .superRefine(endNotBeforeStart);
export type UpdateProjectInput = z.infer<typeof ZUpdateProjectInput>;

export const ZProjectIdInput = z.object({ id: uuid() }).strict();

export const ZAssignmentInput = z.object({ projectId: uuid(), photographerId: uuid() }).strict();
export type AssignmentInput = z.infer<typeof ZAssignmentInput>;

export const ZPackageLinkInput = z.object({ projectId: uuid(), packageId: uuid() }).strict();
export type PackageLinkInput = z.infer<typeof ZPackageLinkInput>;

export const ZProjectSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  locationName: z.string().nullable(),
  startAt: z.iso.datetime().nullable(),
  endAt: z.iso.datetime().nullable(),
  timezone: z.string(),
  photographerCount: z.int(),
  packageCount: z.int(),
  createdAt: z.iso.datetime(),
});
export type ProjectSummary = z.infer<typeof ZProjectSummary>;

export const ZProjectDetail = z.object({
  id: z.uuid(),
  name: z.string(),
  locationName: z.string().nullable(),
  startAt: z.iso.datetime().nullable(),
  endAt: z.iso.datetime().nullable(),
  projectLink: z.string().nullable(),
  termsAndConditions: z.string().nullable(),
  timezone: z.string(),
  reminderDaysBeforeClose: z
    .array(z.int())
    .describe("Days before ordering closes that reminders go out, largest first"),
  ordersCloseAt: z.iso.datetime().nullable(),
  earlyBirdPercentOff: z.int().nullable(),
  earlyBirdUntil: z.iso.datetime().nullable(),
  deletePhotosAfter: z.iso
    .datetime()
    .describe("When the photos are deleted: the project's own date or the default"),
  anonymiseMembersAfter: z.iso
    .datetime()
    .describe("When members' personal data is anonymised: the project's own date or the default"),
  photosDeletedAt: z.iso.datetime().nullable().describe("When retention deleted the photos"),
  membersAnonymisedAt: z.iso
    .datetime()
    .nullable()
    .describe("When retention anonymised the members"),
  photoConsentDefault: z
    .boolean()
    .describe("The photo consent a new member gets unless it is given"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  photographers: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })),
  packages: z.array(
    z.object({ id: z.uuid(), name: z.string(), price: z.int(), photoCount: z.int() }),
  ),
});
export type ProjectDetail = z.infer<typeof ZProjectDetail>;
