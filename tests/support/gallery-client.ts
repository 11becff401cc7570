/**
 * A browser of the members' gallery over HTTP: one client address (the app
 * trusts X-Forwarded-For in the tests), one cookie jar, the gallery's tRPC
 * procedures and its file routes.
 */
export class GalleryClient {
  cookie: string | null = null;

  constructor(
    readonly appUrl: string,
    readonly address: string,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      "x-forwarded-for": this.address,
      ...(this.cookie && { cookie: this.cookie }),
      ...extra,
    };
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair!.split("=");
      if (name === "gallery-session") this.cookie = value ? `${name}=${value}` : null;
    }
  }

  async call(kind: "query" | "mutation", procedure: string, input?: unknown) {
    const url = `${this.appUrl}/api/trpc/gallery.${procedure}`;
    const response =
      kind === "query"
        ? await fetch(
            input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`,
            { headers: this.headers() },
          )
        : await fetch(url, {
            method: "POST",
            headers: this.headers({ "content-type": "application/json" }),
            body: JSON.stringify(input ?? null),
          });
    this.remember(response);
    const body = (await response.json()) as {
      result?: { data: any };
      error?: { message: string; data: { fieldErrors: Record<string, string[]> | null } };
    };
    return { status: response.status, headers: response.headers, data: body.result?.data, body };
  }

  open(code: string) {
    return this.call("mutation", "open", { code });
  }

  /** Opens the gallery with `code`, or throws. */
  async signIn(code: string) {
    const opened = await this.open(code);
    if (opened.status !== 200) throw new Error(`the gallery did not open: ${opened.status}`);
    return opened;
  }

  gallery() {
    return this.call("query", "get");
  }

  placeOrder(input: { packageId: string; photoIds: string[]; acceptTerms: boolean }) {
    return this.call("mutation", "placeOrder", input);
  }

  async file(pathname: string, headers: Record<string, string> = {}, method = "GET") {
    const response = await fetch(`${this.appUrl}${pathname}`, {
      method,
      headers: this.headers(headers),
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }
}
