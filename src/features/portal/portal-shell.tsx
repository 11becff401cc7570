"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { AppShell } from "@/components/shell/app-shell";
import { api } from "@/trpc/react";

export function PortalShell({ children }: { children: ReactNode }) {
  const [me] = api.photographers.me.useSuspenseQuery();
  const status = api.account.status.useQuery();
  const pathname = usePathname();
  const t = useTranslations("portalShell");
  return (
    <AppShell
      title={me.studio.name}
      subtitle={t("subtitle")}
      nav={[
        { href: "/portal", label: t("myProjects"), exact: pathname === "/portal/account" },
        { href: "/portal/account", label: t("myAccount") },
      ]}
      who={me.email}
      signOutTo="/signin"
    >
      {status.data?.mustChangePassword && pathname !== "/portal/account" && (
        <div className="alert info" role="status" style={{ marginBottom: "1rem" }}>
          {t("studioChosePassword")} <Link href="/portal/account">{t("chooseYourOwn")}</Link>.
        </div>
      )}
      {children}
    </AppShell>
  );
}
