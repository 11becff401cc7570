"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { api } from "@/trpc/react";

export function PortalShell({ children }: { children: ReactNode }) {
  const [me] = api.photographers.me.useSuspenseQuery();
  const status = api.account.status.useQuery();
  const pathname = usePathname();
  return (
    <AppShell
      title={me.studio.name}
      subtitle="Photographer portal"
      nav={[
        { href: "/portal", label: "My projects", exact: pathname === "/portal/account" },
        { href: "/portal/account", label: "My account" },
      ]}
      who={me.email}
      signOutTo="/signin"
    >
      {status.data?.mustChangePassword && pathname !== "/portal/account" && (
        <div className="alert info" role="status" style={{ marginBottom: "1rem" }}>
          Your studio chose your password. <Link href="/portal/account">Choose your own</Link>.
        </div>
      )}
      {children}
    </AppShell>
  );
}
