import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnPath } from "@/lib/paths";
import { redirectIfSignedIn } from "@/server/session/page-access";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES = {
  reset: "Your password was reset. Sign in with the new one.",
  changed: "Your password was changed and your sessions have ended. Sign in with the new one.",
  signedout: "You were signed out everywhere.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<
    { callbackUrl?: string; suspended?: string } & Partial<Record<keyof typeof NOTICES, string>>
  >;
}) {
  await redirectIfSignedIn();
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl) ?? "/";
  const notice = Object.entries(NOTICES).find(([reason]) => reason in params)?.[1];
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Sign in</h1>
        <p className="muted">For studios and their photographers.</p>
        {"suspended" in params && (
          <div className="alert error" role="alert" style={{ marginTop: "1rem" }}>
            This studio is suspended, so its sign-ins are refused for now. Please contact the
            platform&apos;s support.
          </div>
        )}
        {notice && (
          <div className="alert success" role="status" style={{ marginTop: "1rem" }}>
            {notice}
          </div>
        )}
        <SignInForm provider="backoffice" returnTo={returnTo} />
        <p className="auth-footer">
          <Link href="/forgot-password">Forgot your password?</Link>
          <br />
          New here? <Link href="/signup">Create a studio account</Link>.<br />
          Platform admin? <Link href="/admin/signin">Sign in to the admin console</Link>.
        </p>
      </div>
    </main>
  );
}
