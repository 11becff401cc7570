"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { type ReactNode, useState } from "react";
import { useTranslations } from "use-intl";
import { ToastProvider } from "@/components/ui/toast";

export interface NavItem {
  href: string;
  label: string;
  /** Current only on this very path, not on the paths below it. */
  exact?: boolean;
}

/** The frame of every signed-in page: navigation, who is signed in, sign-out. */
export function AppShell({
  title,
  subtitle,
  nav,
  who,
  signOutTo,
  children,
}: {
  title: string;
  subtitle: string;
  nav: NavItem[];
  who: string;
  signOutTo: string;
  children: ReactNode;
}) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const router = useRouter();
  const [signingOut, setSigningOut] = useState(false);
  // On a phone the menu folds away behind a button; it is open on the page it was opened on,
  // so going to another page folds it again.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const current = ({ href, exact }: NavItem) =>
    pathname === href || (!exact && pathname.startsWith(`${href}/`));

  async function handleSignOut() {
    setSigningOut(true);
    await signOut({ redirect: false });
    router.replace(signOutTo);
    router.refresh();
  }

  return (
    <ToastProvider>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="shell">
        <header className="sidebar">
          <Link href={nav[0]!.href} className="brand">
            {title}
            <small>{subtitle}</small>
          </Link>
          <button
            type="button"
            className="button secondary small menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
          >
            <span aria-hidden="true">☰</span> {t("menu")}
          </button>
          <nav id="main-nav" aria-label="Main" className="nav" data-open={menuOpen}>
            {nav.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                aria-current={current(item) ? "page" : undefined}
              >
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="sidebar-footer">
            <span className="who muted">{who}</span>
            <button
              type="button"
              className="button secondary small"
              onClick={handleSignOut}
              disabled={signingOut}
            >
              {signingOut ? t("signingOut") : t("signOut")}
            </button>
          </div>
        </header>
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </ToastProvider>
  );
}
