import { AppError } from "@/server/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The request's body, read as it streams in and refused (413) once it passes `limit` bytes. */
export async function readLimited(
  request: Request,
  limit = MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge();
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
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body must be at most ${MAX_BODY_BYTES} bytes`,
  );
}

/**
 * The request's JSON object body, or undefined when there is none. Refuses
 * bodies over 1 MB (413), other content types (415), malformed JSON or UTF-8
 * (400) and JSON that is not an object (400).
 */
export async function readJsonObject(
  request: Request,
): Promise<Record<string, unknown> | undefined> {
  const bytes = await readLimited(request, MAX_BODY_BYTES);
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
