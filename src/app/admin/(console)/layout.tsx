import type { ReactNode } from "react";
import { AdminShell } from "@/features/admin/admin-shell";
import { requireRole } from "@/server/session/page-access";
import { api, HydrateClient } from "@/trpc/server";

/** Every console page: admins only; anyone else is sent to sign in or to their own home. */
export default async function AdminConsoleLayout({ children }: { children: ReactNode }) {
  const admin = await requireRole("admin");
  await api.admins.get.prefetch({ id: admin.id });
  return (
    <HydrateClient>
      <AdminShell adminId={admin.id}>{children}</AdminShell>
    </HydrateClient>
  );
}
