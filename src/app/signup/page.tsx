import type { Metadata } from "next";
import Link from "next/link";
import { createTranslator } from "use-intl";
import { SignUpForm } from "@/features/auth/sign-up-form";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { timeZoneChoices } from "@/lib/choices";
import { redirectIfSignedIn } from "@/server/session/page-access";

async function translator() {
  const { language, locale } = await getPageIntl();
  return createTranslator({ locale, messages: messagesOf(language), namespace: "publicSignUp" });
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await translator())("title") };
}

export default async function SignUpPage() {
  await redirectIfSignedIn();
  const t = await translator();
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>{t("title")}</h1>
        <p className="muted">{t("lead")}</p>
        <SignUpForm zones={timeZoneChoices()} />
        <p className="auth-footer">
          {t.rich("haveAccount", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}
        </p>
      </div>
    </main>
  );
}
