import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnPath } from "@/lib/paths";
import { redirectIfSignedIn } from "@/server/session/page-access";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  await redirectIfSignedIn();
  const returnTo = safeReturnPath((await searchParams).callbackUrl) ?? "/";
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Sign in</h1>
        <p className="muted">For studios and their photographers.</p>
        <SignInForm provider="backoffice" returnTo={returnTo} />
        <p className="auth-footer">
          New here? <Link href="/signup">Create a studio account</Link>.<br />
          Platform admin? <Link href="/admin/signin">Sign in to the admin console</Link>.
        </p>
      </div>
    </main>
  );
}
