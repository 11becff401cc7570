import { answerValidatorOf } from "./documented-answers";

/**
 * A small HTTP client for the app's REST APIs, as an outside client would use
 * them. Every answer must be one the app's OpenAPI document gives: otherwise
 * the request throws, and fails the test that sent it (documented-answers.ts).
 */

export interface ApiResponse<Body = any> {
  status: number;
  headers: Headers;
  body: Body;
  text: string;
  /** The body as sent, for files (PDF, CSV, images). */
  bytes: Uint8Array;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as is instead of JSON-encoding `body`; a FormData goes as multipart/form-data. */
  rawBody?: string | Uint8Array | FormData;
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
    let payload = options.rawBody;
    if (payload === undefined && body !== undefined) {
      payload = JSON.stringify(body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: payload as BodyInit,
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = undefined;
    const contentType = response.headers.get("content-type");
    if (text && contentType?.includes("json")) parsed = JSON.parse(text);
    (await answerValidatorOf(this.baseUrl)).check({
      method,
      path,
      status: response.status,
      contentType: text ? contentType : null,
      body: parsed,
    });
    return {
      status: response.status,
      headers: response.headers,
      body: parsed as Body,
      text,
      bytes,
    };
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
