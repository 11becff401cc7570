import { z } from "zod";
import { email, emailedCode, givenPassword, password } from "@/server/validation";

export const ZChangeAccountPasswordInput = z
  .object({
    // Any string: a wrong one is a 400 on this field, never a hint about the rules.
    currentPassword: givenPassword(),
    newPassword: password(),
  })
  .strict();
export type ChangeAccountPasswordInput = z.infer<typeof ZChangeAccountPasswordInput>;

export const ZAccountResetRequestInput = z.object({ email: email() }).strict();
export type AccountResetRequestInput = z.infer<typeof ZAccountResetRequestInput>;

export const ZAccountResetRequested = z.object({
  message: z.string().describe("The same answer whether or not the address belongs to an account"),
});

const code = emailedCode();

export const ZAccountResetConfirmInput = z
  .object({ email: email(), code, newPassword: password() })
  .strict();
export type AccountResetConfirmInput = z.infer<typeof ZAccountResetConfirmInput>;

export const ZAccountStatus = z.object({
  email: z.string(),
  mustChangePassword: z
    .boolean()
    .describe("The studio chose this password; its owner should change it"),
});
export type AccountStatus = z.infer<typeof ZAccountStatus>;
