import Link from "next/link";

/** Settings → the way to the audit log. */
export function AuditLogLink() {
  return (
    <section className="card" aria-labelledby="audit-log-link-title">
      <h2 id="audit-log-link-title">Audit log</h2>
      <p className="muted">
        Every import, new access code, deleted, exported or erased member, and every gallery opened
        with an access code, with when and by whom. Kept for a year.
      </p>
      <p>
        <Link href="/settings/audit-log" className="button secondary">
          Open the audit log
        </Link>
      </p>
    </section>
  );
}
