"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";

/** Settings → the way to the audit log. */
export function AuditLogLink() {
  const t = useTranslations("settingsAuditLog");
  return (
    <section className="card" aria-labelledby="audit-log-link-title">
      <h2 id="audit-log-link-title">{t("title")}</h2>
      <p className="muted">{t("linkAbout")}</p>
      <p>
        <Link href="/settings/audit-log" className="button secondary">
          {t("open")}
        </Link>
      </p>
    </section>
  );
}
