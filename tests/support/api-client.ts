/** A small HTTP client for the app's REST APIs, as an outside client would use them. */

export interface ApiResponse<Body = any> {
  status: number;
  headers: Headers;
  body: Body;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as is instead of JSON-encoding `body`. */
  rawBody?: string | Uint8Array;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  /** The same client, authenticated with `token`. */
  as(token: string | undefined): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<Body = any>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse<Body>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers.authorization ??= `Bearer ${this.token}`;
    let payload: string | Uint8Array | undefined = options.rawBody;
    if (payload === undefined && body !== undefined) {
      payload = JSON.stringify(body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: payload as BodyInit,
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text && response.headers.get("content-type")?.includes("json")) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as Body, text };
  }

  get<Body = any>(path: string, options?: RequestOptions) {
    return this.request<Body>("GET", path, undefined, options);
  }
  post<Body = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<Body>("POST", path, body, options);
  }
  put<Body = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<Body>("PUT", path, body, options);
  }
  patch<Body = any>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<Body>("PATCH", path, body, options);
  }
  delete<Body = any>(path: string, options?: RequestOptions) {
    return this.request<Body>("DELETE", path, undefined, options);
  }
}
