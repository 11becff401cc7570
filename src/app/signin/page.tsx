import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator } from "use-intl";
import { SignInForm } from "@/features/auth/sign-in-form";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { safeReturnPath } from "@/lib/paths";
import { redirectIfSignedIn } from "@/server/session/page-access";

async function translator() {
  const { language, locale } = await getPageIntl();
  return createTranslator({ locale, messages: messagesOf(language), namespace: "publicSignIn" });
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translator())("title") };
}

const NOTICES = {
  reset: "noticeReset",
  changed: "noticeChanged",
  signedout: "noticeSignedout",
} as const;

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<
    { callbackUrl?: string; suspended?: string } & Partial<Record<keyof typeof NOTICES, string>>
  >;
}) {
  await redirectIfSignedIn();
  const [params, t] = await Promise.all([searchParams, translator()]);
  const returnTo = safeReturnPath(params.callbackUrl) ?? "/";
  const notice = Object.entries(NOTICES).find(([reason]) => reason in params)?.[1];
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>{t("title")}</h1>
        <p className="muted">{t("lead")}</p>
        {"suspended" in params && (
          <div className="alert error" role="alert" style={{ marginTop: "1rem" }}>
            {t("suspended")}
          </div>
        )}
        {notice && (
          <div className="alert success" role="status" style={{ marginTop: "1rem" }}>
            {t(notice)}
          </div>
        )}
        <SignInForm provider="backoffice" returnTo={returnTo} />
        <p className="auth-footer">
          <Link href="/forgot-password">{t("forgot")}</Link>
          <br />
          {t.rich("newHere", { link: (chunks) => <Link href="/signup">{chunks}</Link> })}
          <br />
          {t.rich("admin", { link: (chunks) => <Link href="/admin/signin">{chunks}</Link> })}
        </p>
      </div>
    </main>
  );
}
