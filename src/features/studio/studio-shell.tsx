"use client";

import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { useStudio } from "./use-studio";

const NAV = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/projects", label: "Projects" },
  { href: "/photographers", label: "Photographers" },
  { href: "/packages", label: "Packages" },
  { href: "/settings", label: "Settings" },
];

/** The operator's frame; the studio name follows profile changes at once. */
export function StudioShell({ children }: { children: ReactNode }) {
  const { profile } = useStudio();
  return (
    <AppShell
      title={profile.name}
      subtitle="Photo Backoffice"
      nav={NAV}
      who={profile.email}
      signOutTo="/signin"
    >
      {children}
    </AppShell>
  );
}
