// Writes the Jest configuration the mocks README gives (its one JavaScript block that starts
// with `// jest.config.js`) into the current folder, so the Jest line runs the documented
// configuration itself and a README change that breaks it fails the line.
//
//   node consumers/jest-readme-config.mjs <repository root>
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { codeBlocks } from "./readme-snippets/extract.mjs";

const readme = join(process.argv[2], "mocks/README.md");
const configs = codeBlocks(readFileSync(readme, "utf8")).filter(
  (block) => block.language === "js" && block.body.startsWith("// jest.config.js\n"),
);
if (configs.length !== 1) {
  console.error(`expected one jest.config.js block in ${readme}, found ${configs.length}`);
  process.exit(1);
}
writeFileSync("jest.config.js", configs[0].body);
console.log(`jest.config.js from ${readme}:${configs[0].line}`);
