import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/**
 * A small reverse proxy that hands each request to the next of several app
 * instances in turn, the way a load balancer without sticky sessions does.
 * Bodies stream through both ways, headers pass unchanged except the
 * hop-by-hop ones, and X-Forwarded-For is set so the instances (started with
 * TRUST_PROXY=true) see the client's address. A client that goes away mid-way
 * cuts the instance's side off too.
 *
 * It speaks to the instances with fetch (undici) rather than node:http's
 * client: an instance may answer before it has read the whole body (a 413)
 * and close the connection, and node:http then reports the failed write
 * instead of the answer.
 */
export interface RoundRobinProxy {
  url: string;
  /** Closes the listener and every connection it still holds. */
  close(): Promise<void>;
}

export interface RoundRobinProxyOptions {
  /** Base URLs of the instances, e.g. `http://127.0.0.1:3101`. */
  upstreams: string[];
  port?: number;
  hostname?: string;
  /**
   * Keep a client's own X-Forwarded-For (the client is a trusted proxy itself);
   * otherwise it is replaced by the connection's address, so nobody can forge it.
   */
  trustForwardedFor?: boolean;
}

/** Meaningful for one connection only (RFC 9110, 7.6.1), or for fetch to decide; never passed on. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "expect",
]);

function forwardedHeaders(req: IncomingMessage, trustForwardedFor: boolean): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1]!);
  }
  if (!(trustForwardedFor && req.headers["x-forwarded-for"])) {
    headers.set("x-forwarded-for", req.socket.remoteAddress ?? "unknown");
  }
  // fetch would ask for compression and undo it unasked; bodies pass byte for byte instead.
  headers.set("accept-encoding", "identity");
  return headers;
}

/** As Node's flat [name, value, name, value…] list, every Set-Cookie kept apart. */
function responseHeaders(answer: Response): string[] {
  const kept: string[] = [];
  for (const [name, value] of answer.headers) {
    if (name !== "set-cookie" && !HOP_BY_HOP.has(name)) kept.push(name, value);
  }
  for (const cookie of answer.headers.getSetCookie()) kept.push("set-cookie", cookie);
  return kept;
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/**
 * The client's body as a web stream for fetch. When the app answers before the
 * whole body (a 413) fetch cancels it: the rest is then read and dropped, so
 * the client's socket stays open until the answer reaches it (destroying the
 * request, as Readable.toWeb does, would reset it first).
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => {
        if (!cancelled) controller.close();
      });
      req.on("error", (error) => {
        if (!cancelled) controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}

function badGateway(res: ServerResponse) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(502, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ message: "The app did not answer" }));
}

async function relay(req: IncomingMessage, res: ServerResponse, upstream: URL, trust: boolean) {
  const cutOff = new AbortController();
  // The client hung up before sending everything or before the whole answer: so does the proxy.
  req.on("close", () => {
    if (!req.complete) cutOff.abort();
  });
  res.on("close", () => {
    if (!res.writableFinished) cutOff.abort();
  });
  let answer: Response;
  try {
    answer = await fetch(new URL(req.url ?? "/", upstream), {
      method: req.method,
      headers: forwardedHeaders(req, trust),
      body: hasBody(req) ? bodyOf(req) : undefined,
      duplex: "half",
      redirect: "manual",
      signal: cutOff.signal,
    } as RequestInit);
  } catch {
    badGateway(res);
    return;
  }
  const headers = responseHeaders(answer);
  // An answer before the whole body (a 413): the rest of the body is not read, so the connection ends.
  if (!req.complete) headers.push("connection", "close");
  res.writeHead(answer.status, headers);
  if (!answer.body || req.method === "HEAD") {
    await answer.body?.cancel();
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(answer.body as NodeReadableStream), res).catch(() =>
    res.destroy(),
  );
}

export async function startRoundRobinProxy(
  options: RoundRobinProxyOptions,
): Promise<RoundRobinProxy> {
  if (options.upstreams.length === 0) throw new Error("a proxy needs at least one upstream");
  const upstreams = options.upstreams.map((upstream) => new URL(upstream));
  let turn = 0;
  const server = createServer((req, res) => {
    const upstream = upstreams[turn++ % upstreams.length]!;
    void relay(req, res, upstream, options.trustForwardedFor ?? false);
  });

  const hostname = options.hostname ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${hostname}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
