"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { AppShell } from "@/components/shell/app-shell";
import { useStudio } from "./use-studio";

const NAV = ["dashboard", "projects", "photographers", "packages", "settings"] as const;

/** The operator's frame; the studio name follows profile changes at once. */
export function StudioShell({ children }: { children: ReactNode }) {
  const { profile } = useStudio();
  const t = useTranslations("studioShell");
  return (
    <AppShell
      title={profile.name}
      subtitle={t("subtitle")}
      nav={NAV.map((page) => ({ href: `/${page}`, label: t(page) }))}
      who={profile.email}
      signOutTo="/signin"
    >
      {children}
    </AppShell>
  );
}
