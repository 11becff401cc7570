import { z } from "zod";
import {
  email,
  emailedCode,
  givenPassword,
  httpUrl,
  name,
  password,
  searchTerm,
  uuid,
} from "@/server/validation";

export const ZAdmin = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  profileImage: z.string().nullable(),
  createdAt: z.int().describe("Unix time in milliseconds"),
});
export type Admin = z.infer<typeof ZAdmin>;

export const ZAdminSession = z.object({
  email: z.string(),
  fullName: z.string(),
  accessToken: z.string().describe("A bearer token with audience `admin`"),
});
export type AdminSession = z.infer<typeof ZAdminSession>;

export const ZRegisterAdminInput = z
  .object({ fullName: name(), email: email(), password: password() })
  .strict();
export type RegisterAdminInput = z.infer<typeof ZRegisterAdminInput>;

/** The setup page's form: the first admin, with ADMIN_SETUP_TOKEN when the server sets it. */
export const ZSetupFirstAdminInput = z
  .object({
    fullName: name(),
    email: email(),
    password: password(),
    setupToken: z.string().max(500).optional(),
  })
  .strict();
export type SetupFirstAdminInput = z.infer<typeof ZSetupFirstAdminInput>;

export const ZAdminLoginInput = z.object({ email: email(), password: givenPassword() }).strict();
export type AdminLoginInput = z.infer<typeof ZAdminLoginInput>;

export const ZAdminIdInput = z.object({ id: uuid() }).strict();

export const ZUpdateAdminInput = z
  .object({
    id: uuid(),
    fullName: name().optional(),
    profileImage: httpUrl().nullable().optional(),
    password: password().optional(),
  })
  .strict();
export type UpdateAdminInput = z.infer<typeof ZUpdateAdminInput>;

export const ZPasswordResetRequestInput = z.object({ email: email() }).strict();

const otp = emailedCode();

export const ZValidateOtpInput = z.object({ email: email(), otp }).strict();
export type ValidateOtpInput = z.infer<typeof ZValidateOtpInput>;

export const ZResetPasswordInput = z
  .object({ email: email(), otp, newPassword: password() })
  .strict();
export type ResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZChangePasswordInput = z
  .object({
    email: email(),
    oldPassword: givenPassword(),
    newPassword: password(),
  })
  .strict();
export type ChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

export const ZStudiosInput = z
  .object({
    search: searchTerm(100).optional(),
    page: z.int().min(1).default(1),
    pageSize: z.int().min(1).max(100).default(20),
  })
  .strict();
export type StudiosInput = z.infer<typeof ZStudiosInput>;

export const ZStudioOverview = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  createdAt: z.iso.datetime(),
  projectCount: z.int(),
  photographerCount: z.int(),
  revenueInCents: z.int(),
  currency: z.string(),
  locale: z.string(),
  suspendedAt: z.iso
    .datetime()
    .nullable()
    .describe("When an admin suspended the studio; null while it is active"),
});

export const ZStudiosPage = z.object({
  items: z.array(ZStudioOverview),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type StudiosPage = z.infer<typeof ZStudiosPage>;

export const ZStudioIdInput = z.object({ id: uuid() }).strict();

export const ZStudioDetail = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().describe("The owner's login"),
  createdAt: z.iso.datetime(),
  currency: z.string(),
  locale: z.string(),
  timezone: z.string(),
  suspendedAt: z.iso
    .datetime()
    .nullable()
    .describe("When an admin suspended the studio; null while it is active"),
  counts: z.object({
    members: z.int(),
    photos: z.int(),
    orders: z.int(),
    paidOrders: z.int(),
    revenueInCents: z.int().describe("Paid orders, in the studio's currency"),
    apiKeys: z.int(),
  }),
  photographers: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      projectCount: z.int(),
      photoCount: z.int(),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      startAt: z.iso.datetime().nullable(),
      memberCount: z.int(),
      photoCount: z.int(),
      orderCount: z.int(),
      revenueInCents: z.int(),
    }),
  ),
});
export type StudioDetail = z.infer<typeof ZStudioDetail>;

export const ZOwnerPasswordResetResult = z.object({
  email: z.string().describe("Where the code was sent: the studio owner's login"),
});

export const ZAdminSetupStatus = z.object({
  adminExists: z.boolean(),
  needsSetupToken: z.boolean().describe("Whether the server sets ADMIN_SETUP_TOKEN"),
});
export type AdminSetupStatus = z.infer<typeof ZAdminSetupStatus>;
