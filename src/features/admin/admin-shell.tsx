"use client";

import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { api } from "@/trpc/react";

const NAV = [
  { href: "/admin", label: "Admins", exact: true },
  { href: "/admin/studios", label: "Studios" },
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/password", label: "My password" },
];

export function AdminShell({ adminId, children }: { adminId: string; children: ReactNode }) {
  const [me] = api.admins.get.useSuspenseQuery({ id: adminId });
  return (
    <AppShell
      title="Admin console"
      subtitle="Photo Backoffice"
      nav={NAV}
      who={me.email}
      signOutTo="/admin/signin"
    >
      {children}
    </AppShell>
  );
}
