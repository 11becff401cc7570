import Link from "next/link";
import { createTranslator } from "use-intl";
import { messagesOf } from "@/i18n/messages";
import { getPageIntl } from "@/i18n/page-intl";
import { redirectIfSignedIn } from "@/server/session/page-access";

export default async function HomePage() {
  await redirectIfSignedIn();
  const { language, locale } = await getPageIntl();
  const t = createTranslator({ locale, messages: messagesOf(language), namespace: "publicHome" });
  return (
    <main className="landing">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <nav aria-label={t("getStarted")} className="landing-links">
        <Link className="button" href="/signin">
          {t("signIn")}
        </Link>
        <Link className="button secondary" href="/signup">
          {t("signUp")}
        </Link>
      </nav>
      <p>
        {/* For parents and members, with the code from their card. */}
        <Link href="/gallery">{t("openGallery")}</Link>
      </p>
      <p className="muted">
        {t.rich("integration", {
          // A route handler, not a page: a plain link loads it fully.
          // eslint-disable-next-line @next/next/no-html-link-for-pages
          link: (chunks) => <a href="/api/docs">{chunks}</a>,
        })}
      </p>
    </main>
  );
}
