import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnPath } from "@/lib/paths";
import { redirectIfSignedIn } from "@/server/auth/page-access";

export const metadata: Metadata = { title: "Admin sign-in" };

export default async function AdminSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  await redirectIfSignedIn();
  const returnTo = safeReturnPath((await searchParams).callbackUrl) ?? "/admin";
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Admin console</h1>
        <p className="muted">Sign in with your admin account.</p>
        <SignInForm provider="admin" returnTo={returnTo} />
        <p className="auth-footer">
          <Link href="/admin/forgot-password">Forgot your password?</Link>
          <br />
          Studio or photographer? <Link href="/signin">Sign in here</Link>.
        </p>
      </div>
    </main>
  );
}
