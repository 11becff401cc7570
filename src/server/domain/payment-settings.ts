import type { PrismaClient } from "@/generated/prisma/client";
import { type Tenant, tenantOf } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { checkStripeKey, STRIPE } from "@/server/payments/stripe";
import { DataKeyMissingError, sealData, unsealData } from "@/server/sealed";
import type {
  ConnectPaymentsInput,
  PaymentInstructions,
  PaymentSettings,
  SetPaymentInstructionsInput,
} from "./payment-settings.schemas";

/**
 * How a studio is paid: by hand (the manual provider, the default) or by card
 * through its own Stripe account. Connecting checks the key with Stripe first,
 * then stores both keys sealed (AES-256-GCM under DATA_ENCRYPTION_KEY); no
 * answer and no log line ever carries them, only the key's last four
 * characters.
 */

const KEYS_PURPOSE = "payment-keys";

export interface StripeKeys {
  secretKey: string;
  webhookSecret: string;
}

export async function getPaymentSettings(tenant: Tenant): Promise<PaymentSettings> {
  const [account, instructions] = await Promise.all([
    tenant.db.paymentAccount.findFirst({ select: { provider: true, keyLast4: true } }),
    getPaymentInstructions(tenant),
  ]);
  if (!account || account.provider !== STRIPE) {
    return { provider: "manual", connected: false, instructions };
  }
  return { provider: "stripe", connected: true, keyLast4: account.keyLast4, instructions };
}

const instructionsSelect = {
  paymentBankDetails: true,
  paymentReference: true,
  paymentContact: true,
  paymentDeadline: true,
} as const;

/**
 * The studio's payment instructions (bank details, reference, contact,
 * deadline): what a member paying by hand is told after ordering and in the
 * confirmation e-mail. Kept when Stripe is connected or disconnected.
 */
export async function getPaymentInstructions(tenant: Tenant): Promise<PaymentInstructions> {
  const row = await tenant.db.operator.findFirstOrThrow({ select: instructionsSelect });
  return {
    bankDetails: row.paymentBankDetails,
    reference: row.paymentReference,
    contact: row.paymentContact,
    deadline: row.paymentDeadline,
  };
}

/** Sets all four instructions at once; a part left out or blank is cleared. */
export async function setPaymentInstructions(
  tenant: Tenant,
  input: SetPaymentInstructionsInput,
): Promise<PaymentSettings> {
  await tenant.db.operator.update({
    where: { id: tenant.operatorId },
    data: {
      paymentBankDetails: input.bankDetails ?? null,
      paymentReference: input.reference ?? null,
      paymentContact: input.contact ?? null,
      paymentDeadline: input.deadline ?? null,
    },
  });
  return getPaymentSettings(tenant);
}

function sealKeys(keys: StripeKeys): string[] {
  try {
    return [sealData(KEYS_PURPOSE, keys.secretKey), sealData(KEYS_PURPOSE, keys.webhookSecret)];
  } catch (error) {
    if (error instanceof DataKeyMissingError) {
      throw new AppError(
        "SERVICE_UNAVAILABLE",
        "Card payments cannot be connected on this server yet: its administrator must set " +
          "DATA_ENCRYPTION_KEY (32 random bytes in base64) before payment keys can be stored",
        { cause: error },
      );
    }
    throw error;
  }
}

/** Connects Stripe (after Stripe accepted the key) or goes back to manual payments. */
export async function connectPayments(
  tenant: Tenant,
  input: ConnectPaymentsInput,
  log: Logger,
): Promise<PaymentSettings> {
  if (input.provider === "manual") return disconnectPayments(tenant, log);
  const keys = { secretKey: input.secretKey!, webhookSecret: input.webhookSecret! };
  // Refused before anything reaches Stripe when the keys could not be stored.
  const [secretKeySealed, webhookSecretSealed] = sealKeys(keys);
  await checkStripeKey(keys.secretKey);
  const data = {
    provider: STRIPE,
    secretKeySealed: secretKeySealed!,
    webhookSecretSealed: webhookSecretSealed!,
    keyLast4: keys.secretKey.slice(-4),
  };
  await tenant.db.paymentAccount.upsert({
    where: { operatorId: tenant.operatorId },
    create: { operatorId: tenant.operatorId, ...data },
    update: data,
  });
  log.info(
    { event: "payments.connected", operatorId: tenant.operatorId, provider: STRIPE },
    "card payments connected",
  );
  return getPaymentSettings(tenant);
}

/** Checks the stored key with Stripe again: 409 when none is stored, 400 when Stripe refuses it now. */
export async function testPayments(tenant: Tenant): Promise<PaymentSettings> {
  const keys = await stripeKeysOf(tenant);
  if (!keys) throw new AppError("CONFLICT", "No card payment account is connected");
  await checkStripeKey(keys.secretKey);
  return getPaymentSettings(tenant);
}

/** Back to manual payments; the stored keys are deleted. Orders paid by card stay as they are. */
export async function disconnectPayments(tenant: Tenant, log: Logger): Promise<PaymentSettings> {
  const removed = await tenant.db.paymentAccount.deleteMany({});
  if (removed.count > 0) {
    log.info(
      { event: "payments.disconnected", operatorId: tenant.operatorId },
      "card payments disconnected",
    );
  }
  return getPaymentSettings(tenant);
}

/** The studio's Stripe keys, opened; null when it is paid by hand. */
export async function stripeKeysOf(tenant: Tenant): Promise<StripeKeys | null> {
  const account = await tenant.db.paymentAccount.findFirst({
    select: { provider: true, secretKeySealed: true, webhookSecretSealed: true },
  });
  if (!account || account.provider !== STRIPE) return null;
  return {
    secretKey: unsealData(KEYS_PURPOSE, account.secretKeySealed) as string,
    webhookSecret: unsealData(KEYS_PURPOSE, account.webhookSecretSealed) as string,
  };
}

/** `stripeKeysOf` for code that has the database and an operator id rather than a tenant. */
export const stripeKeysOfOperator = (db: PrismaClient, operatorId: string) =>
  stripeKeysOf(tenantOf(db, operatorId));
