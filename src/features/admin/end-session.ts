"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

/**
 * After an admin changes their own password or deletes themselves, their
 * session is no longer valid: sign out and say why on the sign-in page.
 */
export function useEndSession() {
  const router = useRouter();
  return async (reason: "changed" | "deleted") => {
    await signOut({ redirect: false });
    router.replace(`/admin/signin?${reason}=1`);
    router.refresh();
  };
}
