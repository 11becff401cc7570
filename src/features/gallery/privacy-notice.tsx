"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatDate } from "@/lib/format";
import type { GalleryPrivacy } from "@/server/domain/gallery-privacy.schemas";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The studio's privacy contact; an e-mail address is a link. */
function Contact({ contact }: { contact: string }) {
  return EMAIL.test(contact) ? (
    <a href={`mailto:${contact}`}>{contact}</a>
  ) : (
    <span className="privacy-text">{contact}</span>
  );
}

/**
 * The gallery's privacy page: what the studio stores about a member, until
 * when, and how to ask for a copy or erasure. Signed out it says this in
 * general words and shows nothing of any studio. In the page's language:
 * the studio's once a code is entered, else the browser's.
 */
export function PrivacyNotice({ privacy }: { privacy: GalleryPrivacy }) {
  const t = useTranslations("galleryPrivacy");
  const locale = useLocale();
  const { studio, project } = privacy;
  const studioName = studio?.name ?? t("theStudio");
  const date = (iso: string | null) =>
    iso && studio && project ? formatDate(iso, project.timezone, locale) : null;
  const photosUntil = date(project?.deletePhotosAfter ?? null);
  const anonymisedOn = date(project?.anonymiseMembersAfter ?? null);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

  return (
    <main className="privacy-page">
      <header>
        {studio && <p className="gallery-studio">{studio.name}</p>}
        <h1>{t("heading")}</h1>
        {project && (
          <p className="muted">{t("tookPhotos", { studio: studioName, project: project.name })}</p>
        )}
      </header>

      <section aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">{t("storedHeading")}</h2>
        <ul>
          <li>{t("storedName")}</li>
          <li>{t("storedEmails")}</li>
          <li>{t("storedGroup")}</li>
          <li>{t("storedCode")}</li>
          <li>{t("storedPhotos")}</li>
          <li>{t("storedOrders")}</li>
        </ul>
        <p>{t("whoSees")}</p>
      </section>

      <section aria-labelledby="privacy-until">
        <h2 id="privacy-until">{t("untilHeading")}</h2>
        <p>
          {photosUntil
            ? t.rich("photosUntil", { date: photosUntil, strong })
            : t("photosUntilRetention")}{" "}
          {t("thenDeleted")}
        </p>
        <p>
          {anonymisedOn
            ? t.rich("anonymisedOn", { date: anonymisedOn, strong })
            : t("anonymisedLater")}{" "}
          {t("keepsOnly")}
        </p>
      </section>

      <section aria-labelledby="privacy-ask">
        <h2 id="privacy-ask">{t("askHeading")}</h2>
        <p>{t("ask", { studio: studio ? studioName : t("theStudioLower") })}</p>
        {studio?.privacyContact ? (
          <p>
            {t.rich("writeTo", {
              contact: () => <Contact contact={studio.privacyContact!} />,
            })}
          </p>
        ) : studio ? (
          <p>{t("askStudio", { studio: studio.name })}</p>
        ) : (
          <p>
            {t.rich("askAnyStudio", {
              link: (chunks) => <Link href="/gallery">{chunks}</Link>,
            })}
          </p>
        )}
      </section>

      {studio?.privacyText && (
        <section aria-labelledby="privacy-studio-text">
          <h2 id="privacy-studio-text">{t("studioNotice", { studio: studio.name })}</h2>
          <p className="privacy-text">{studio.privacyText}</p>
        </section>
      )}

      <p>
        <Link href={privacy.signedIn ? "/gallery/photos" : "/gallery"}>
          {privacy.signedIn ? t("backToPhotos") : t("openGallery")}
        </Link>
      </p>
    </main>
  );
}
