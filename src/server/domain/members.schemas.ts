import { z } from "zod";
import { email, name, searchTerm, singleLine, uuid } from "@/server/validation";
import { pageCursor, pageLimit, pageOf } from "./paging";
import { ROSTER_FIELDS } from "./roster-csv";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A short optional label (external id, group): trimmed, and blank means none. */
function label(max: number) {
  return singleLine()
    .transform((value) => value || null)
    .pipe(z.string().max(max, `must be at most ${max} characters`).nullable())
    .nullable()
    .optional()
    .describe(`At most ${max} characters; blank or null for none`);
}

const optionalEmail = z
  .union([z.literal("").transform(() => null), email()])
  .nullable()
  .optional()
  .describe("An e-mail address; blank or null for none");

const memberFields = {
  email: optionalEmail,
  email2: optionalEmail.describe(
    "A second address (a parent's or guardian's); campaign e-mails go to both. Blank or null for none",
  ),
  externalId: label(100).describe(
    "The school's or club's own id for the person, unique within the project (at most 100 characters)",
  ),
  group: label(100).describe("A class, team or table (at most 100 characters)"),
  photoConsent: z
    .boolean("must be true or false")
    .optional()
    .describe(
      "false: do not photograph; photos tagged to the member stay out of every gallery. A new member gets the project's photoConsentDefault unless given",
    ),
  emailOptOut: z
    .boolean("must be true or false")
    .optional()
    .describe(
      "true: no campaign e-mails to the member's addresses (order confirmations still go out). Setting it false also lifts an unsubscribe of those addresses",
    ),
};

export const ZMemberFields = z.object({ name: name(), ...memberFields }).strict();
export type MemberFields = z.infer<typeof ZMemberFields>;

export const ZCreateMemberInput = z
  .object({ projectId: uuid(), name: name(), ...memberFields })
  .strict();
export type CreateMemberInput = z.infer<typeof ZCreateMemberInput>;

export const ZUpdateMemberInput = z
  .object({ id: uuid(), name: name().optional(), ...memberFields })
  .strict();
export type UpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;

/** `?group=`: one exact group. */
function groupFilter() {
  return singleLine()
    .pipe(z.string().max(100, "must be at most 100 characters"))
    .optional()
    .describe("An exact group");
}

export const ZMemberIdInput = z.object({ id: uuid() }).strict();

export const ZListMembersInput = z
  .object({
    projectId: uuid(),
    limit: pageLimit(),
    cursor: pageCursor(),
    search: searchTerm(200)
      .optional()
      .describe(
        "Case-insensitive; matches name, group, e-mail, external id or access code (a photographer's search: name or group only)",
      ),
    group: groupFilter(),
  })
  .strict();
export type ListMembersInput = z.infer<typeof ZListMembersInput>;

const booleanFlag = z
  .preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean())
  .optional();

const columnName = singleLine().pipe(z.string().max(200, "must be at most 200 characters"));

export const ZRosterMapping = z
  .object(
    Object.fromEntries(
      ROSTER_FIELDS.map((field) => [field, columnName.nullable().optional()]),
    ) as Record<(typeof ROSTER_FIELDS)[number], z.ZodOptional<z.ZodNullable<typeof columnName>>>,
  )
  .strict()
  .describe("Field to the header of its column (any case); null leaves a detected column out");

export const ZImportMembersInput = z
  .object({
    projectId: uuid(),
    csv: z
      .string()
      .max(MAX_IMPORT_BYTES, `must be at most ${MAX_IMPORT_BYTES} characters`)
      .describe("The spreadsheet as CSV text, header line first"),
    mapping: ZRosterMapping.optional(),
    dryRun: booleanFlag.describe("true: report what would change, write nothing"),
  })
  .strict();
export type ImportMembersInput = z.infer<typeof ZImportMembersInput>;

export const ZMemberCardsInput = z.object({ projectId: uuid(), group: groupFilter() }).strict();
export type MemberCardsInput = z.infer<typeof ZMemberCardsInput>;

export const ZProjectMembersInput = z.object({ projectId: uuid() }).strict();

export const ZMember = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  email2: z.string().nullable(),
  externalId: z.string().nullable(),
  group: z.string().nullable(),
  accessCode: z
    .string()
    .nullable()
    .describe("Upper case, no separators; null for a photographer, who does not need it"),
  photoConsent: z.boolean().describe("false: do not photograph"),
  emailOptOut: z.boolean().describe("true: no campaign e-mails"),
  enrolledAt: z.iso.datetime(),
  photoCount: z.int().describe("How many photos the member is tagged in"),
  hasCard: z
    .boolean()
    .describe(
      "true: a photo of the member's card (its QR code read) is in the project, so the photos after it are matched to them",
    ),
  orderCount: z.int(),
});
export type Member = z.infer<typeof ZMember>;

export const ZMemberPage = pageOf(ZMember, "Members matching the search and group");
export type MemberPage = z.infer<typeof ZMemberPage>;

export const ZMemberGroups = z.array(z.object({ group: z.string().nullable(), count: z.int() }));

const ZRosterPreviewRow = z.object({
  line: z.int(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  email2: z.string().nullable(),
  externalId: z.string().nullable(),
  group: z.string().nullable(),
  photoConsent: z.string().nullable().describe("As written (yes/no); null: an empty cell"),
  emailOptOut: z.string().nullable().describe("As written (yes/no); null: an empty cell"),
});

export const ZImportReport = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  errors: z
    .array(z.object({ line: z.int(), message: z.string() }))
    .describe("Rows not imported, by their line in the file (the header is line 1)"),
  dryRun: z.boolean(),
  delimiter: z.enum([",", ";"]),
  headers: z.array(z.string()),
  mapping: z
    .object(
      Object.fromEntries(ROSTER_FIELDS.map((field) => [field, z.string().nullable()])) as Record<
        (typeof ROSTER_FIELDS)[number],
        z.ZodNullable<z.ZodString>
      >,
    )
    .describe("The column each field was read from"),
  preview: z.array(ZRosterPreviewRow).describe("The first rows as read"),
});
export type ImportReport = z.infer<typeof ZImportReport>;

export const ZPdf = z.instanceof(Uint8Array).describe("A PDF document");
