/**
 * `@pacspace/mocks/testing/node` used the way a Jest or node:test suite would: a plain Node
 * process with no test framework loaded, hooks called by hand. Prints one JSON line.
 */

import { createPacSpaceServer } from "@pacspace/mocks/testing/node";
import { PacSpace } from "@pacspace/sdk";

const pacspace = createPacSpaceServer();
pacspace.listen(); // beforeAll
try {
  const pac = new PacSpace({ apiKey: pacspace.apiKey, maxRetries: 0 });
  await pac.balance.emit("cust_node", 0.1, "first");
  await pac.balance.emit("cust_node", 0.2, "second");
  const before = pacspace.balanceOf("cust_node");
  pacspace.reset(); // afterEach
  console.log(JSON.stringify({ before, after: pacspace.deltas("cust_node").length }));
} finally {
  pacspace.close(); // afterAll
}
