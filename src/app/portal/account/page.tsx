import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { AccountSecurity } from "@/features/account/account-security";

export const metadata: Metadata = { title: "My account" };

export default function PortalAccountPage() {
  return (
    <div className="stack">
      <PageHeader title="My account" description="Your password and your sessions." />
      <AccountSecurity />
    </div>
  );
}
