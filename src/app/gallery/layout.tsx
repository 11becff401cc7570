import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "@/features/gallery/gallery.css";

export const metadata: Metadata = { title: { default: "Your gallery", template: "%s · Gallery" } };

/** The members' gallery: no back-office chrome, phone first; the privacy page a link away. */
export default function GalleryLayout({ children }: { children: ReactNode }) {
  return (
    <div className="gallery-page">
      {children}
      <footer className="gallery-footer">
        <Link href="/gallery/privacy">Privacy: what the studio stores about you</Link>
      </footer>
    </div>
  );
}
