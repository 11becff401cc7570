import type { Metadata } from "next";
import Link from "next/link";
import { SetupForm } from "@/features/admin/setup-form";
import { api } from "@/trpc/server";

export const metadata: Metadata = { title: "Set up the admin console" };

/** The first admin, created here rather than with curl; afterwards, the way to sign in. */
export default async function AdminSetupPage() {
  const status = await api.admins.setupStatus();
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Set up the admin console</h1>
        {status.adminExists ? (
          <>
            <div className="alert info" role="status" style={{ marginTop: "1rem" }}>
              An admin exists already, so the console is set up. Admins add further admins from the
              console.
            </div>
            <p className="auth-footer">
              <Link href="/admin/signin">Sign in to the admin console</Link>
            </p>
          </>
        ) : (
          <>
            <p className="muted">
              Create the first admin account. Admins look after the platform: its studios, its
              background jobs and further admins.
            </p>
            <SetupForm needsSetupToken={status.needsSetupToken} />
            <p className="auth-footer">
              Already set up? <Link href="/admin/signin">Sign in</Link>.
            </p>
          </>
        )}
      </div>
    </main>
  );
}
