/**
 * The Node.js lines the app and its dependencies run on, as package.json's
 * `engines` says: 22 from 22.13 (pdfjs-dist, eslint), or 24 and later (Prisma
 * and vitest skip the odd-numbered 23).
 */
export const SUPPORTED_NODE = "^22.13.0 || >=24";

export function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  return (major === 22 && minor >= 13) || major >= 24;
}
