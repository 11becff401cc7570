import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Agent } from "undici";

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
 * The client's body as a web stream for fetch. `drain()` stops passing it on
 * and reads the rest to drop it, so the client finishes sending and keeps its
 * connection (destroying the request, as Readable.toWeb does, would reset it).
 */
function bodyOf(req: IncomingMessage): { stream: ReadableStream<Uint8Array>; drain(): void } {
  let drained = false;
  const drain = () => {
    drained = true;
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (drained) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => {
        if (!drained) controller.close();
      });
      req.on("error", (error) => {
        if (!drained) controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel: drain,
  });
  return { stream, drain };
}

/**
 * Connections to the instances: requests without a body share a pool whose
 * connections live a second at most (the app's server closes one after 5 s
 * idle, and a request sent on it just then would fail through no fault of the
 * app). A request with a body gets a connection of its own, closed after it:
 * the app may answer before reading the whole body (a 413), and a connection
 * left mid-body must never carry the next request.
 */
const sharedConnections = new Agent({ keepAliveTimeout: 1_000, keepAliveMaxTimeout: 1_000 });

function badGateway(res: ServerResponse, upstream: URL, error: unknown) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  res.writeHead(502, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ message: `The app at ${upstream.host} did not answer (${reason})` }));
}

/**
 * The app answered before the whole body arrived (a 413, or a 404 for a project
 * that is not the caller's), and may close its connection right after, which
 * would fail a streamed answer: the answer is taken whole first. The client
 * then finishes sending (the rest is dropped) and keeps its connection, as with
 * the app's own server.
 */
async function answerEarly(res: ServerResponse, answer: Response) {
  const bytes = await answer.arrayBuffer().then(
    (buffer) => new Uint8Array(buffer),
    () => new Uint8Array(0),
  );
  const received = responseHeaders(answer);
  const headers = ["content-length", String(bytes.length)];
  for (let i = 0; i < received.length; i += 2) {
    if (received[i] !== "content-length") headers.push(received[i]!, received[i + 1]!);
  }
  res.writeHead(answer.status, headers);
  res.end(bytes);
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
  const body = hasBody(req) ? bodyOf(req) : undefined;
  const connection = body ? new Agent() : sharedConnections;
  if (body) res.on("close", () => void connection.destroy());
  let answer: Response;
  try {
    answer = await fetch(new URL(req.url ?? "/", upstream), {
      dispatcher: connection,
      method: req.method,
      headers: forwardedHeaders(req, trust),
      body: body?.stream,
      duplex: "half",
      redirect: "manual",
      signal: cutOff.signal,
    } as RequestInit);
  } catch (error) {
    badGateway(res, upstream, error);
    return;
  }
  if (!req.complete) {
    await answerEarly(res, answer);
    body?.drain();
    return;
  }
  res.writeHead(answer.status, responseHeaders(answer));
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
