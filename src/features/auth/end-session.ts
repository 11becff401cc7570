"use client";

import { signOut } from "next-auth/react";

/**
 * After a password change, "sign out everywhere" or deleting oneself, the
 * session is no longer valid: sign out and say why on the sign-in page. A full
 * page load there drops everything the client had cached for this session.
 */
export function useEndSession(signInPath: "/signin" | "/admin/signin") {
  return async (reason: "changed" | "deleted" | "signedout") => {
    await signOut({ redirect: false });
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, so no query cached for the ended session survives
    window.location.assign(`${signInPath}?${reason}=1`);
  };
}
