import Link from "next/link";
import { createTranslator } from "use-intl";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";

export default async function NotFound() {
  const { language, locale } = await getPageIntl();
  const t = createTranslator({
    locale,
    messages: messagesOf(language),
    namespace: "publicNotFound",
  });
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>{t("title")}</h1>
        <p className="muted">{t("text")}</p>
        <Link className="button" href="/">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
