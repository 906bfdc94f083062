import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ownTenant, type RunningMock } from "./mock.js";

/**
 * `pacspace-mock serve` as its own process, started from source the way a user runs it
 * (`pnpm mock`), with a tenant of its own created through the control API. What CI points
 * the kit at, so the contract is checked against the real CLI and not an in-process server.
 */
export type ServedMock = Omit<RunningMock, "server">;

export async function startServedMock(): Promise<ServedMock> {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const cli = fileURLToPath(new URL("../../../../mocks/src/cli.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    [tsx, "--conditions=@pacspace/source", cli, "serve", "--port", "0", "--verification", "delay:20"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = await listeningUrl(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url,
    ...(await ownTenant(url)),
    async close() {
      child.kill("SIGINT");
      await exited;
    },
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => fail(new Error(`pacspace-mock did not start within 20 s:\n${output}`)),
      20_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      fail(new Error(`pacspace-mock exited with ${code} before listening:\n${output}`)),
    );
  });
}
