import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { galleryPageMessages } from "@/features/gallery/page-messages";
import "@/features/gallery/gallery.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await galleryPageMessages();
  return { title: { default: t("title"), template: t("titleTemplate") } };
}

/**
 * The members' gallery: no back-office chrome, phone first; the privacy page a
 * link away. It speaks its studio's language (before a code, the browser's).
 */
export default async function GalleryLayout({ children }: { children: ReactNode }) {
  const t = await galleryPageMessages();
  return (
    <div className="gallery-page">
      {children}
      <footer className="gallery-footer">
        <Link href="/gallery/privacy">{t("footerPrivacy")}</Link>
      </footer>
    </div>
  );
}
