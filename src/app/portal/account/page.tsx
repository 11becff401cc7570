import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { AccountLanguage } from "@/features/account/account-language";
import { AccountSecurity } from "@/features/account/account-security";
import { api } from "@/trpc/server";

export const metadata: Metadata = { title: "My account" };

export default async function PortalAccountPage() {
  const me = await api.photographers.me();
  return (
    <div className="stack">
      <PageHeader
        title="My account"
        description="Your language, your password and your sessions."
      />
      <AccountLanguage studioLocale={me.studio.locale} />
      <AccountSecurity />
    </div>
  );
}
