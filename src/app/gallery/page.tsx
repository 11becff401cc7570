import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccessCodeForm } from "@/features/gallery/access-code-form";
import { GALLERY_UNAVAILABLE_MESSAGE } from "@/server/errors";
import { currentGalleryMember } from "@/server/session/gallery-page";

export const metadata: Metadata = { title: "Open your gallery" };

/** Where a member types the code from their card; an open session goes straight in. */
export default async function GalleryEntryPage({
  searchParams,
}: {
  searchParams: Promise<{ ended?: string; unavailable?: string; code?: string | string[] }>;
}) {
  if (await currentGalleryMember()) redirect("/gallery/photos");
  const { ended, unavailable, code } = await searchParams;
  // From an invitation's link: filled in, not opened, so the member sees what they open.
  const initialCode = typeof code === "string" ? code.slice(0, 32) : "";
  return (
    <main className="gallery-entry">
      <div className="auth-card">
        <h1>Your photos</h1>
        <p className="muted">
          Enter the access code from your card to see your photos and order prints or downloads.
        </p>
        {unavailable !== undefined && (
          <div className="alert error" role="alert">
            {GALLERY_UNAVAILABLE_MESSAGE}
          </div>
        )}
        {ended !== undefined && (
          <div className="alert info" role="status">
            Your gallery session has ended. Enter your access code again to continue.
          </div>
        )}
        <AccessCodeForm initialCode={initialCode} />
      </div>
    </main>
  );
}
