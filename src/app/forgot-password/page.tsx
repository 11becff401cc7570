import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator } from "use-intl";
import { ForgotPasswordFlow } from "@/features/auth/forgot-password-flow";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";

async function translator() {
  const { language, locale } = await getPageIntl();
  return createTranslator({ locale, messages: messagesOf(language), namespace: "publicForgot" });
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translator())("title") };
}

export default async function ForgotPasswordPage() {
  const t = await translator();
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>{t("title")}</h1>
        <p className="muted">{t("lead")}</p>
        <div style={{ marginTop: "1.25rem" }}>
          <ForgotPasswordFlow audience="account" />
        </div>
        <p className="auth-footer">
          {t.rich("remembered", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}
        </p>
      </div>
    </main>
  );
}
