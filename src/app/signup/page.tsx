import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/features/auth/sign-up-form";
import { timeZoneChoices } from "@/lib/choices";
import { redirectIfSignedIn } from "@/server/session/page-access";

export const metadata: Metadata = { title: "Create a studio account" };

export default async function SignUpPage() {
  await redirectIfSignedIn();
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Create a studio account</h1>
        <p className="muted">Run your shoots, photographers and packages in one place.</p>
        <SignUpForm zones={timeZoneChoices()} />
        <p className="auth-footer">
          Already have an account? <Link href="/signin">Sign in</Link>.
        </p>
      </div>
    </main>
  );
}
