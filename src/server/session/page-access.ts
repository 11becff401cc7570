import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { HOME } from "@/lib/paths";
import { getViewer, getViewerState } from "@/trpc/server";
import type { Caller } from "@/server/auth/caller";
import type { Role } from "@/server/auth/tokens";

/**
 * For layouts and pages: the signed-in viewer if they have `role`. A visitor
 * without a session goes to sign in and comes back afterwards; a viewer of
 * another role goes to their own home (a photographer opening an operator page
 * lands in their portal), and one of a suspended studio to the sign-in page,
 * which says so. Procedures check the role again on every call.
 */
export async function requireRole<R extends Role>(role: R): Promise<Extract<Caller, { role: R }>> {
  const { viewer, suspended } = await getViewerState();
  // A suspended studio's session: sign-in says why, and signing in is refused until it is lifted.
  if (suspended) redirect("/signin?suspended");
  if (!viewer) {
    const returnTo = (await headers()).get("x-pathname") ?? HOME[role];
    const signIn = role === "admin" ? "/admin/signin" : "/signin";
    redirect(`${signIn}?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (viewer.role !== role) redirect(HOME[viewer.role]);
  return viewer as Extract<Caller, { role: R }>;
}

/** Sends a viewer who is already signed in to their home (for sign-in and sign-up pages). */
export async function redirectIfSignedIn(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) redirect(HOME[viewer.role]);
}
