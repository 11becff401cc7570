import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { AuditLog } from "@/features/audit-log/audit-log";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditLogPage() {
  return (
    <>
      <Link href="/settings" className="back-link">
        ← Settings
      </Link>
      <PageHeader
        title="Audit log"
        description="Who did what to your members’ personal data: imports, new access codes, deletions, exports, erasures, and gallery visits. Ids only, never names or addresses."
      />
      <AuditLog />
    </>
  );
}
