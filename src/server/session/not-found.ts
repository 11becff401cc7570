import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/**
 * For pages that load one record by id: a record that does not exist or is
 * not the viewer's, and a malformed id, render the not-found page.
 */
export function notFoundOnMissing(error: unknown): never {
  if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
    notFound();
  throw error;
}
