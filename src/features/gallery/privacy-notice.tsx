import Link from "next/link";
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
 * general words and shows nothing of any studio.
 */
export function PrivacyNotice({ privacy }: { privacy: GalleryPrivacy }) {
  const { studio, project } = privacy;
  const studioName = studio?.name ?? "The studio";
  const date = (iso: string | null) =>
    iso && studio && project ? formatDate(iso, project.timezone, studio.locale) : null;
  const photosUntil = date(project?.deletePhotosAfter ?? null);
  const anonymisedOn = date(project?.anonymiseMembersAfter ?? null);

  return (
    <main className="privacy-page">
      <header>
        {studio && <p className="gallery-studio">{studio.name}</p>}
        <h1>Privacy: your data and your photos</h1>
        {project && (
          <p className="muted">
            {studioName} took the photos of {project.name} and runs this gallery.
          </p>
        )}
      </header>

      <section aria-labelledby="privacy-stored">
        <h2 id="privacy-stored">What the studio stores</h2>
        <ul>
          <li>your name;</li>
          <li>e-mail addresses: yours and a parent&rsquo;s or guardian&rsquo;s, when given;</li>
          <li>your class or group;</li>
          <li>your access code;</li>
          <li>the photos in which you are tagged;</li>
          <li>your orders: the package, the photos, the amount and the dates.</li>
        </ul>
        <p>
          Only you (with your access code) and the studio see your photos. If you do not want to be
          photographed, tell the studio: every photo in which you are tagged then stays out of all
          galleries, also other people&rsquo;s.
        </p>
      </section>

      <section aria-labelledby="privacy-until">
        <h2 id="privacy-until">Until when</h2>
        <p>
          {photosUntil ? (
            <>
              Your photos are available until <strong>{photosUntil}</strong>.
            </>
          ) : (
            <>The photos are kept until the project&rsquo;s retention date.</>
          )}{" "}
          Then the photos and every copy of them are deleted. Orders stay in the studio&rsquo;s
          books with their amounts and dates, without the photos.
        </p>
        <p>
          {anonymisedOn ? (
            <>
              On <strong>{anonymisedOn}</strong> names, e-mail addresses and access codes are
              anonymised.
            </>
          ) : (
            <>
              Later (usually a year after the photo day) names, e-mail addresses and access codes
              are anonymised.
            </>
          )}{" "}
          The studio keeps only what its books need.
        </p>
      </section>

      <section aria-labelledby="privacy-ask">
        <h2 id="privacy-ask">A copy of your data, or its erasure</h2>
        <p>
          You may ask {studio ? studioName : "the studio"} for a copy of everything it stores about
          you, with your photos, or to erase it. Erasure removes your name, addresses, code and
          photos; photos of a group stay without your name, and orders stay in the books without
          your name.
        </p>
        {studio?.privacyContact ? (
          <p>
            Write to: <Contact contact={studio.privacyContact} />
          </p>
        ) : studio ? (
          <p>Ask {studio.name} at the address on your card or in its e-mails.</p>
        ) : (
          <p>
            Ask the studio that photographed you.{" "}
            <Link href="/gallery">Enter your access code</Link> to see its contact and its own
            privacy notice here.
          </p>
        )}
      </section>

      {studio?.privacyText && (
        <section aria-labelledby="privacy-studio-text">
          <h2 id="privacy-studio-text">{studio.name}&rsquo;s privacy notice</h2>
          <p className="privacy-text">{studio.privacyText}</p>
        </section>
      )}

      <p>
        <Link href={privacy.signedIn ? "/gallery/photos" : "/gallery"}>
          {privacy.signedIn ? "Back to your photos" : "Open your gallery"}
        </Link>
      </p>
    </main>
  );
}
