export const dynamic = "force-static";

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>API reference · Photo Backoffice</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css">
    <style>
      body { margin: 0; }
      .swagger-ui .topbar { display: none; }
      /* The guide's tables and long paths wrap on a phone instead of widening the page. */
      .swagger-ui .renderedMarkdown table { width: 100%; table-layout: fixed; }
      .swagger-ui .renderedMarkdown :is(td, th, li, p, code) { overflow-wrap: anywhere; }
      .swagger-ui .renderedMarkdown code { white-space: normal; }
    </style>
  </head>
  <body>
    <main id="reference"></main>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api-docs.js"></script>
  </body>
</html>`;

/** No inline script; the one inline style is the page's own. */
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** The interactive API reference, served with its own assets so it works offline. */
export function GET() {
  return new Response(page, {
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": POLICY },
  });
}
