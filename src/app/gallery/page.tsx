import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccessCodeForm } from "@/features/gallery/access-code-form";
import { galleryPageMessages } from "@/features/gallery/page-messages";
import { currentGalleryMember } from "@/server/session/gallery-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await galleryPageMessages())("entryTitle") };
}

/** Where a member types the code from their card; an open session goes straight in. */
export default async function GalleryEntryPage({
  searchParams,
}: {
  searchParams: Promise<{ ended?: string; unavailable?: string; code?: string | string[] }>;
}) {
  if (await currentGalleryMember()) redirect("/gallery/photos");
  const [{ ended, unavailable, code }, t] = await Promise.all([
    searchParams,
    galleryPageMessages(),
  ]);
  // From an invitation's link: filled in, not opened, so the member sees what they open.
  const initialCode = typeof code === "string" ? code.slice(0, 32) : "";
  return (
    <main className="gallery-entry">
      <div className="auth-card">
        <h1>{t("entryHeading")}</h1>
        <p className="muted">{t("entryIntro")}</p>
        {unavailable !== undefined && (
          <div className="alert error" role="alert">
            {t("unavailable")}
          </div>
        )}
        {ended !== undefined && (
          <div className="alert info" role="status">
            {t("sessionEnded")}
          </div>
        )}
        <AccessCodeForm initialCode={initialCode} />
      </div>
    </main>
  );
}
