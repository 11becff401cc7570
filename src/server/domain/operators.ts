import type { Tenant } from "@/server/db/tenant";
import type { OperatorProfile, UpdateOperatorProfileInput } from "./operators.schemas";

const profileSelect = {
  id: true,
  name: true,
  address: true,
  billingAddress: true,
  currency: true,
  locale: true,
  timezone: true,
  profilePictureUrl: true,
  createdAt: true,
  account: { select: { email: true } },
} as const;

type ProfileRow = {
  id: string;
  name: string;
  address: string | null;
  billingAddress: string | null;
  currency: string;
  locale: string;
  timezone: string;
  profilePictureUrl: string | null;
  createdAt: Date;
  account: { email: string };
};

function toProfile({ account, createdAt, ...operator }: ProfileRow): OperatorProfile {
  return { ...operator, email: account.email, createdAt: createdAt.toISOString() };
}

export async function getOperatorProfile(tenant: Tenant): Promise<OperatorProfile> {
  return toProfile(await tenant.db.operator.findFirstOrThrow({ select: profileSelect }));
}

export async function updateOperatorProfile(
  tenant: Tenant,
  patch: UpdateOperatorProfileInput,
): Promise<OperatorProfile> {
  const row = await tenant.db.operator.update({
    where: { id: tenant.operatorId },
    data: patch,
    select: profileSelect,
  });
  return toProfile(row);
}
