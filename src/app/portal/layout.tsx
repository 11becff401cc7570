import type { ReactNode } from "react";
import { PortalShell } from "@/features/portal/portal-shell";
import { requireRole } from "@/server/session/page-access";
import { api, HydrateClient } from "@/trpc/server";

/** Photographers only: anyone else is sent to their own home. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requireRole("photographer");
  await api.photographers.me.prefetch();
  return (
    <HydrateClient>
      <PortalShell>{children}</PortalShell>
    </HydrateClient>
  );
}
