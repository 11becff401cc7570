import type { ReactNode } from "react";
import { StudioShell } from "@/features/studio/studio-shell";
import { requireRole } from "@/server/session/page-access";
import { api, HydrateClient } from "@/trpc/server";

/** Every operator page: signed in as an operator, or sent where they belong. */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  await requireRole("operator");
  await api.operators.me.prefetch();
  return (
    <HydrateClient>
      <StudioShell>{children}</StudioShell>
    </HydrateClient>
  );
}
