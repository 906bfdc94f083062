// The mock uses the project's msw (a peer dependency): exactly one msw in node_modules.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

function mswCopies(folder) {
  const found = [];
  const modules = join(folder, "node_modules");
  if (!existsSync(modules)) return found;
  for (const entry of readdirSync(modules)) {
    if (entry === ".bin") continue;
    const names = entry.startsWith("@")
      ? readdirSync(join(modules, entry)).map((name) => `${entry}/${name}`)
      : [entry];
    for (const name of names) {
      if (name === "msw") found.push(join(modules, name));
      found.push(...mswCopies(join(modules, name)));
    }
  }
  return found;
}

const copies = mswCopies(process.cwd());
if (copies.length !== 1) {
  console.error(`expected one msw, found ${copies.length}:\n${copies.join("\n")}`);
  process.exit(1);
}
console.log("one msw:", copies[0]);
