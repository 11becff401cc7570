import { decodeText } from "@/lib/decode-text";
import { AppError } from "@/server/errors";
import type { RestRoute } from "./route-table";

export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The request's body, read as it streams in and refused (413) once it passes `limit` bytes. */
export async function readLimited(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(limit: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body must be at most ${limit} bytes`);
}

/**
 * The request's JSON object body, or undefined when there is none. Refuses
 * bodies over 1 MB (413), other content types (415), malformed JSON or UTF-8
 * (400) and JSON that is not an object (400).
 */
export async function readJsonObject(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<Record<string, unknown> | undefined> {
  const bytes = await readLimited(request, limit);
  if (bytes.byteLength === 0) return undefined;
  const contentType = request.headers.get("content-type") ?? "";
  if (!JSON_TYPE.test(contentType)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "The request body must be JSON (Content-Type: application/json)",
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new AppError("BAD_REQUEST", "The request body must be a JSON object", {
      fieldErrors: { body: ["must be a JSON object"] },
    });
  }
  return parsed as Record<string, unknown>;
}

/**
 * The body of a route: JSON, or for a route that takes a text file (see
 * `RestRoute.textBody`) that file as one string field, decoded from the
 * charset the sender names, else UTF-8, else Windows-1252.
 */
export async function readRouteBody(
  request: Request,
  route: Pick<RestRoute, "textBody">,
): Promise<Record<string, unknown> | undefined> {
  const text = route.textBody;
  const [mediaType, ...parameters] = (request.headers.get("content-type") ?? "").split(";");
  if (!text) return readJsonObject(request);
  if (mediaType!.trim().toLowerCase() !== text.mediaType) {
    return readJsonObject(request, text.maxBytes).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "UNSUPPORTED_MEDIA_TYPE"
        ? new AppError(
            "UNSUPPORTED_MEDIA_TYPE",
            `The request body must be JSON or ${text.mediaType} (Content-Type)`,
          )
        : error;
    });
  }
  const charset = parameters
    .map((p) => p.trim().match(/^charset="?([^";]+)"?$/i)?.[1])
    .find(Boolean);
  return { [text.field]: decodeText(await readLimited(request, text.maxBytes), charset) };
}
