import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordFlow } from "@/features/auth/forgot-password-flow";

export const metadata: Metadata = { title: "Reset your admin password" };

export default function ForgotPasswordPage() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Reset your password</h1>
        <div style={{ marginTop: "1.25rem" }}>
          <ForgotPasswordFlow audience="admin" />
        </div>
        <p className="auth-footer">
          Remembered it? <Link href="/admin/signin">Sign in</Link>.
        </p>
      </div>
    </main>
  );
}
