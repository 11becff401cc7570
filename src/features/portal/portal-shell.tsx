"use client";

import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { api } from "@/trpc/react";

export function PortalShell({ children }: { children: ReactNode }) {
  const [me] = api.photographers.me.useSuspenseQuery();
  return (
    <AppShell
      title={me.studio.name}
      subtitle="Photographer portal"
      nav={[{ href: "/portal", label: "My projects" }]}
      who={me.email}
      signOutTo="/signin"
    >
      {children}
    </AppShell>
  );
}
