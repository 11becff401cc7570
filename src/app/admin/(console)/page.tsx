import type { Metadata } from "next";
import { AdminsPage } from "@/features/admin/admins-page";
import { requireRole } from "@/server/session/page-access";
import { api, HydrateClient } from "@/trpc/server";

export const metadata: Metadata = { title: "Admins" };

export default async function Page() {
  const admin = await requireRole("admin");
  void api.admins.list.prefetch();
  return (
    <HydrateClient>
      <AdminsPage viewerId={admin.id} />
    </HydrateClient>
  );
}
