import type { Metadata } from "next";
import { ChangePasswordForm } from "@/features/admin/change-password-form";
import { requireRole } from "@/server/session/page-access";
import { api } from "@/trpc/server";

export const metadata: Metadata = { title: "My password" };

export default async function Page() {
  const admin = await requireRole("admin");
  const me = await api.admins.get({ id: admin.id });
  return <ChangePasswordForm email={me.email} />;
}
