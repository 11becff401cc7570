import Link from "next/link";
import { redirectIfSignedIn } from "@/server/session/page-access";

export default async function HomePage() {
  await redirectIfSignedIn();
  return (
    <main className="landing">
      <h1>Photo Backoffice</h1>
      <p className="lead">
        Run your studio&apos;s photo shoots: projects, photographers, pricing packages and the
        numbers that tell you how they sell.
      </p>
      <nav aria-label="Get started" className="landing-links">
        <Link className="button" href="/signin">
          Sign in
        </Link>
        <Link className="button secondary" href="/signup">
          Create a studio account
        </Link>
      </nav>
      <p>
        {/* For parents and members, with the code from their card. */}
        <Link href="/gallery">Have a code? Open your gallery</Link>
      </p>
      <p className="muted">
        Building an integration? Read the{" "}
        {/* A route handler, not a page: a plain link loads it fully. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/docs">API reference</a>.
      </p>
    </main>
  );
}
