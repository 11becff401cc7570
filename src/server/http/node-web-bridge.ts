import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Node's request and response objects to and from the web's Request and
 * Response, for handlers written against the Fetch API that the server calls
 * without going through Next.js.
 */

const WITHOUT_BODY = new Set(["GET", "HEAD"]);

/**
 * The request body as a web stream that reads from the socket only as fast as
 * it is consumed. A handler that stops reading (an upload refused while it
 * streams in) leaves the rest to be drained, not destroyed, so the client
 * still receives the early answer before its connection closes.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  const drain = () => {
    open = false;
    req.removeAllListeners("data");
    req.resume();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.pause();
        req.on("data", (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (open) controller.close();
          open = false;
        });
        req.once("error", (error) => {
          if (open) controller.error(error);
          open = false;
        });
        req.once("close", () => {
          if (open && !req.complete) controller.error(new Error("The client closed the request"));
          open = false;
        });
      },
      pull() {
        req.resume();
      },
      cancel: drain,
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

function originOf(req: IncomingMessage): string {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : "http://localhost";
}

/** The request as Next.js would hand it to a route handler: the same URL, headers and body. */
export function toWebRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.append(name, value);
    else if (value) for (const item of value) headers.append(name, item);
  }
  const method = req.method ?? "GET";
  const hasBody = !WITHOUT_BODY.has(method);
  return new Request(`${originOf(req)}${req.url ?? "/"}`, {
    method,
    headers,
    ...(hasBody && { body: bodyStream(req), duplex: "half" }),
  } as RequestInit);
}

/**
 * Writes a web Response to Node's response: status, headers (each Set-Cookie
 * on its own line, Vary added to the one set) and the body as it streams, with back-pressure. A body of
 * one chunk, such as JSON, is sent with its Content-Length.
 */
export async function sendWebResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    // Vary adds to what is already set (Next.js's router's own), as Next.js does.
    if (name === "vary") res.appendHeader(name, value);
    else if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.once("finish", () => {
    if (!req.complete) {
      req.removeAllListeners("data");
      req.resume();
    }
  });
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  try {
    const first = await reader.read();
    if (first.done) return void res.end();
    const second = await reader.read();
    if (second.done) return void res.end(first.value);
    res.write(first.value);
    let next: ReadableStreamReadResult<Uint8Array> = second;
    for (; !next.done; next = await reader.read()) {
      if (res.destroyed) throw new Error("The client went away");
      if (!res.write(next.value)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off("drain", done);
            res.off("close", done);
            resolve();
          };
          res.on("drain", done);
          res.on("close", done);
        });
      }
    }
    res.end();
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    res.destroy(error instanceof Error ? error : undefined);
  }
}
