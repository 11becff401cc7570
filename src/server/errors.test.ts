import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, APP_ERRORS, toAppError } from "./errors";

function prismaError(code: string): Error {
  return Object.assign(new Error(`prisma ${code}`), {
    name: "PrismaClientKnownRequestError",
    code,
  });
}

describe("the error vocabulary", () => {
  it("maps each code to one tRPC code and one HTTP status", () => {
    expect(APP_ERRORS.NOT_FOUND).toEqual({ trpc: "NOT_FOUND", http: 404 });
    expect(APP_ERRORS.CONFLICT.http).toBe(409);
    expect(APP_ERRORS.TOO_MANY_REQUESTS.http).toBe(429);
    expect(new AppError("FORBIDDEN", "no").httpStatus).toBe(403);
  });

  it("turns zod input errors into 400s that name each field, unknown keys included", () => {
    const schema = z
      .object({ name: z.string().min(1), nested: z.object({ price: z.int() }) })
      .strict();
    const result = schema.safeParse({ name: "", nested: { price: 1.5 }, extra: true });
    const error = toAppError(new TRPCError({ code: "BAD_REQUEST", cause: result.error }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldErrors!).sort()).toEqual(["extra", "name", "nested.price"]);
    expect(error.fieldErrors!.extra).toEqual(["Unknown field"]);
  });

  it("treats fields named like Object.prototype members as ordinary unknown fields", () => {
    const schema = z.object({ email: z.string(), password: z.string() }).strict();
    const body = JSON.parse('{"constructor":"null","__proto__":1,"toString":2,"password":true}');
    const error = toAppError(schema.safeParse(body).error);
    expect(error.code).toBe("BAD_REQUEST");
    const fields = error.fieldErrors!;
    expect(Object.keys(fields).sort()).toEqual([
      "__proto__",
      "constructor",
      "email",
      "password",
      "toString",
    ]);
    for (const key of ["__proto__", "constructor", "toString"])
      expect(fields[key]).toEqual(["Unknown field"]);
  });

  it("keeps a failed output validation a 500: it is our bug, not the client's", () => {
    const result = z.object({ id: z.string() }).safeParse({});
    const error = toAppError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: result.error }));
    expect(error.code).toBe("INTERNAL");
    expect(error.message).toBe("Internal server error");
  });

  it("maps Prisma's unique violation to CONFLICT and record-not-found to NOT_FOUND", () => {
    expect(toAppError(prismaError("P2002")).code).toBe("CONFLICT");
    expect(toAppError(prismaError("P2025")).code).toBe("NOT_FOUND");
    expect(toAppError(prismaError("P2003")).code).toBe("CONFLICT");
    expect(
      toAppError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: prismaError("P2002") }))
        .code,
    ).toBe("CONFLICT");
    expect(toAppError(prismaError("P2039")).code).toBe("INTERNAL");
  });

  it("passes app errors through, even wrapped by tRPC", () => {
    const original = new AppError("TOO_MANY_REQUESTS", "slow down", { retryAfterSeconds: 30 });
    expect(toAppError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: original }))).toBe(
      original,
    );
  });

  it("hides the message of anything unexpected", () => {
    const error = toAppError(new Error("connection string postgres://secret@db leaked"));
    expect(error.code).toBe("INTERNAL");
    expect(error.message).toBe("Internal server error");
  });
});

describe("a database that cannot answer", () => {
  const refused = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
    name: "PrismaClientKnownRequestError",
    code: "P1001",
  });

  it("is SERVICE_UNAVAILABLE (503) with a Retry-After and a message for people", () => {
    for (const thrown of [
      refused,
      new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: refused }),
    ]) {
      const error = toAppError(thrown);
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.httpStatus).toBe(503);
      expect(error.retryAfterSeconds).toBe(5);
      expect(error.message).toBe("The database is unavailable; try again shortly");
    }
  });

  it("does not turn the app's own errors into 503s", () => {
    const conflict = new AppError("CONFLICT", "taken", { cause: refused });
    expect(toAppError(conflict)).toBe(conflict);
    expect(toAppError(new TRPCError({ code: "CONFLICT", cause: conflict }))).toBe(conflict);
  });
});
