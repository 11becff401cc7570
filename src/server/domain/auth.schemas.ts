import { z } from "zod";
import { email, givenPassword, name, password, timeZone } from "@/server/validation";

export const ZRegisterOperatorInput = z
  .object({
    name: name(),
    email: email(),
    password: password(),
    timezone: timeZone().optional(),
  })
  .strict();
export type RegisterOperatorInput = z.infer<typeof ZRegisterOperatorInput>;

export const ZLoginInput = z
  .object({
    email: email(),
    // Any string: a wrong password is a 401, never a hint about the rules.
    password: givenPassword(),
  })
  .strict();
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZTokenResponse = z.object({ token: z.string() });
export type TokenResponse = z.infer<typeof ZTokenResponse>;
