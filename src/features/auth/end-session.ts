"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

/**
 * After a password change, "sign out everywhere" or deleting oneself, the
 * session is no longer valid: sign out and say why on the sign-in page.
 */
export function useEndSession(signInPath: "/signin" | "/admin/signin") {
  const router = useRouter();
  return async (reason: "changed" | "deleted" | "signedout") => {
    await signOut({ redirect: false });
    router.replace(`${signInPath}?${reason}=1`);
    router.refresh();
  };
}
