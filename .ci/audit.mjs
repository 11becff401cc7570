#!/usr/bin/env node
// `npm audit --omit=dev` for CI: fails on high or critical advisories in the
// packages `npm start` runs, but only warns when the registry's audit endpoint
// cannot be reached (some registries and mirrors do not serve it), so an
// outage does not stop CI while a finding does. Pass a saved
// `npm audit --json` report as the first argument to judge it instead.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const FAILING = ["high", "critical"];
/** Advisories accepted for a reason written in docs/decisions.md: package name -> that reason. */
const ACCEPTED = new Map([]);

function auditReport() {
  if (process.argv[2]) return readFileSync(process.argv[2], "utf8");
  try {
    return execFileSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // npm audit exits 1 both for findings and for errors; the JSON tells which.
    return error.stdout ?? "";
  }
}

let report;
try {
  report = JSON.parse(auditReport());
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report?.message ?? report?.error?.summary ?? report?.error?.code ?? "no report from npm audit";
  console.warn(`npm audit: the audit endpoint could not be reached (${reason}); not checked.`);
  process.exit(0);
}

const summary = Object.entries(counts)
  .filter(([severity, n]) => severity !== "total" && n > 0)
  .map(([severity, n]) => `${n} ${severity}`)
  .join(", ");
const found = Object.values(report.vulnerabilities ?? {}).filter((v) =>
  FAILING.includes(v.severity),
);
for (const v of found.filter((v) => ACCEPTED.has(v.name))) {
  console.warn(`npm audit: ${v.name} (${v.severity}) accepted: ${ACCEPTED.get(v.name)}`);
}
const failing = found.filter((v) => !ACCEPTED.has(v.name));
if (failing.length === 0) {
  console.log(
    `npm audit: no high or critical advisories in production packages (${summary || "none at all"}).`,
  );
  process.exit(0);
}
console.error("npm audit: high or critical advisories in production packages:");
for (const v of failing) {
  const advisories = v.via
    .filter((via) => typeof via === "object")
    .map((via) => `${via.title} (${via.url})`);
  const through = v.via.filter((via) => typeof via === "string");
  console.error(
    `  ${v.name} ${v.range}: ${v.severity}; ${advisories.join("; ") || `through ${through.join(", ")}`}; ` +
      (v.fixAvailable ? "a fix is available (npm audit fix)" : "no fix available"),
  );
}
console.error("Fix them, or record why each is accepted in docs/decisions.md and here.");
process.exit(1);
