/**
 * `npm run openapi:types`: writes client/api-types.ts, the TypeScript types of
 * the OpenAPI document the app serves at /api/openapi.json, for typed clients
 * (openapi-fetch; see examples/). `-- --check` writes nothing and fails when
 * the file is not what the document makes now: CI runs it, so the types never
 * go stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import prettier from "prettier";
import { adminApi } from "@/server/rest/admin-routes";
import { buildOpenApiDocument } from "@/server/rest/openapi";
import { backofficeApi } from "@/server/rest/v1-routes";

const TARGET = path.join("client", "api-types.ts");
const HEADER =
  "// The types of /api/openapi.json, made by `npm run openapi:types`. Do not edit.\n\n";

const document = buildOpenApiDocument([backofficeApi, adminApi], {
  description: readFileSync(path.join("docs", "api.md"), "utf8"),
});
const ast = await openapiTS(JSON.stringify(document));
const types = await prettier.format(HEADER + astToString(ast), {
  ...(await prettier.resolveConfig(TARGET)),
  filepath: TARGET,
});

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(TARGET, "utf8");
  } catch {
    // missing: stale
  }
  if (current !== types) {
    console.error(
      `${TARGET} is stale: the OpenAPI document changed. Run \`npm run openapi:types\`.`,
    );
    process.exit(1);
  }
  console.log(`${TARGET} matches the OpenAPI document.`);
} else {
  writeFileSync(TARGET, types);
  console.log(`Wrote ${TARGET}.`);
}
