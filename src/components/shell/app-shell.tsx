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
          <nav aria-label="Main" className="nav">
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
