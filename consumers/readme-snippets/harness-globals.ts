// The constructors the README snippets use without importing them (globals.d.ts types them).
// A snippet that sets up its own mock gets only these.
import { createPacSpaceMock } from "@pacspace/mocks";
import { setupPacSpace } from "@pacspace/mocks/testing";
import { PacSpace } from "@pacspace/sdk";

Object.assign(globalThis, { PacSpace, createPacSpaceMock, setupPacSpace });
