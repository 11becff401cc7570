"use client";

import { fieldErrorsOf, messageOf } from "@/trpc/react";

/**
 * A failed save's message, when it is not about one field (those show next to
 * their field): a conflict, a lost connection, a server error.
 */
export function FormError({ error }: { error: unknown }) {
  if (!error || Object.keys(fieldErrorsOf(error)).length > 0) return null;
  return (
    <div className="alert error" role="alert">
      {messageOf(error)}
    </div>
  );
}
