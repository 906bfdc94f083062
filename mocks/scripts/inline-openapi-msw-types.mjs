// openapi-msw is bundled into dist (it is not a dependency: its peer range would install a
// second msw beside a user's msw 3), so the declarations that name its types get a copy of
// them: its declaration files go to dist/openapi-msw/, and the imports point there.
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve("openapi-msw")), "..");
cpSync(source, join(dist, "openapi-msw"), {
  recursive: true,
  filter: (path) => !path.endsWith(".js") && !path.endsWith(".map"),
});
for (const file of readdirSync(dist)) {
  if (!/\.d\.c?ts$/.test(file)) continue;
  const text = readFileSync(join(dist, file), "utf8");
  const rewritten = text
    .replaceAll("from 'openapi-msw'", "from './openapi-msw/exports/main.js'")
    .replaceAll("import 'openapi-msw';\n", "");
  if (rewritten !== text) writeFileSync(join(dist, file), rewritten);
}
