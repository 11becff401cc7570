"use client";

import { useTranslations } from "use-intl";
import { api } from "@/trpc/react";

/**
 * Whose card a card photo is: the member its QR code names, or "Unknown card"
 * when the code belongs to nobody in this project. Names are fetched per card
 * (batched into one request, and cached), since cards are few.
 */
export function CardOwner({ memberId }: { memberId: string | null }) {
  const t = useTranslations("portalPhotos");
  const member = api.members.get.useQuery(
    { id: memberId ?? "" },
    { enabled: memberId !== null, staleTime: 5 * 60_000 },
  );
  if (memberId === null || member.isError)
    return <span className="card-owner unknown">{t("unknownCard")}</span>;
  return <span className="card-owner">{member.data?.name ?? "…"}</span>;
}

/** "Card" with the member's name, as one line. */
export function CardLabel({ memberId }: { memberId: string | null }) {
  const t = useTranslations("portalPhotos");
  return (
    <>
      <span className="badge card">{t("card")}</span> <CardOwner memberId={memberId} />
    </>
  );
}
