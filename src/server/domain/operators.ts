import type { Tenant } from "@/server/db/tenant";
import { enqueueVariantRebuild, withPhotoWork } from "@/server/photos/processing-queue";
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
  privacyContact: true,
  privacyText: true,
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
  privacyContact: string | null;
  privacyText: string | null;
  createdAt: Date;
  account: { email: string };
};

function toProfile({ account, createdAt, ...operator }: ProfileRow): OperatorProfile {
  return { ...operator, email: account.email, createdAt: createdAt.toISOString() };
}

export async function getOperatorProfile(tenant: Tenant): Promise<OperatorProfile> {
  return toProfile(await tenant.db.operator.findFirstOrThrow({ select: profileSelect }));
}

/**
 * Updates the studio's profile. Its name is the members' galleries' watermark:
 * a new name re-makes the stored gallery images (in the background; until a
 * photo's new images are stored it keeps its old ones).
 */
export async function updateOperatorProfile(
  tenant: Tenant,
  patch: UpdateOperatorProfileInput,
): Promise<OperatorProfile> {
  const row = await withPhotoWork(tenant.db, async (tx) => {
    const before =
      patch.name === undefined ? null : await tx.operator.findFirst({ select: { name: true } });
    const updated = await tx.operator.update({
      where: { id: tenant.operatorId },
      data: patch,
      select: profileSelect,
    });
    if (before && before.name !== updated.name) {
      await enqueueVariantRebuild(tx, tenant.operatorId);
    }
    return updated;
  });
  return toProfile(row);
}
