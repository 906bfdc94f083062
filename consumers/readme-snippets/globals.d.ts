// What the README snippets use without declaring: values an earlier block of the same README
// created, or that the reader's app has. Typed from the packages, so a snippet that calls them
// wrongly still fails.
type SdkModule = typeof import("@pacspace/sdk");
type TestingModule = typeof import("@pacspace/mocks/testing");

declare const PacSpace: SdkModule["PacSpace"];
type PacSpace = import("@pacspace/sdk").PacSpace;
declare const pac: PacSpace;
declare const createPacSpaceMock: typeof import("@pacspace/mocks").createPacSpaceMock;
declare const setupPacSpace: TestingModule["setupPacSpace"];
declare const pacspace: ReturnType<TestingModule["setupPacSpace"]> &
  ReturnType<typeof import("@pacspace/mocks").createPacSpaceMock>;
// The one-customer forms (the methods also answer for several customers at once).
declare const checkpoint: Extract<
  Awaited<ReturnType<PacSpace["balance"]["checkpoint"]>>,
  { proofRoot: string }
>;
declare const receipt: Extract<Awaited<ReturnType<PacSpace["balance"]["receipt"]>>, { receiptId: string }>;
declare const fixture: import("@pacspace/mocks/testing").PacSpaceFixture;
declare const usageRows: { customer: string; cost: number; label: string }[];
declare const rawBody: string;
declare const request: Request;
declare const webhookSecret: string;
declare const apiKey: string;
declare const baseUrl: string;
declare const url: string;
declare const digest: () => Promise<string>;
declare const myReceiver: typeof fetch;
declare const yourBackendRoutesAsMswHandlers: (apiKey: string) => import("msw").RequestHandler[];
