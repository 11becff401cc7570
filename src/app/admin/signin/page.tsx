import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnPath } from "@/lib/paths";
import { redirectIfSignedIn } from "@/server/session/page-access";

export const metadata: Metadata = { title: "Admin sign-in" };

export default async function AdminSignInPage({
  searchParams,
}: {
  searchParams: Promise<{
    callbackUrl?: string;
    changed?: string;
    reset?: string;
    deleted?: string;
  }>;
}) {
  await redirectIfSignedIn();
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl) ?? "/admin";
  const notice = params.reset
    ? "Your password was reset. Sign in with the new one."
    : params.changed
      ? "Your password was changed and your sessions have ended. Sign in with the new one."
      : params.deleted
        ? "Your admin account was deleted."
        : null;
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Admin console</h1>
        <p className="muted">Sign in with your admin account.</p>
        {notice && (
          <div className="alert success" role="status" style={{ marginTop: "1rem" }}>
            {notice}
          </div>
        )}
        <SignInForm provider="admin" returnTo={returnTo} />
        <p className="auth-footer">
          <Link href="/admin/forgot-password">Forgot your password?</Link>
          <br />
          Studio or photographer? <Link href="/signin">Sign in here</Link>.
          <br />
          No admin yet? <Link href="/admin/setup">Set up the admin console</Link>.
        </p>
      </div>
    </main>
  );
}
