import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Not found</h1>
        <p className="muted">This page does not exist, or it is not yours to see.</p>
        <Link className="button" href="/">
          Go to your start page
        </Link>
      </div>
    </main>
  );
}
