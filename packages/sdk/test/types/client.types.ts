/**
 * Type-level checks, enforced by `tsc -p tsconfig.json` (never executed: the calls would hit the fake fetch): results are the spec's generated
 * shapes, and wrong arguments do not compile.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type APIPromise,
  type APIResponse,
  type components,
  type DeltaRecord,
  PacSpace,
  type PagePromise,
} from "../../src/index.js";
import { TEST_KEY } from "../client/fake-api.js";

type Schemas = components["schemas"];

describe("types", () => {
  const pac = new PacSpace({ apiKey: TEST_KEY, fetch: async () => new Response("{}") });

  it("returns the generated schemas, unwrapped from the envelope", () => {
    expectTypeOf<DeltaRecord>().toEqualTypeOf<Schemas["DeltaRecord"]>();
    expectTypeOf(pac.balance.emit("c", 1, "r")).toEqualTypeOf<APIPromise<Schemas["DeltaRecord"]>>();
    expectTypeOf(pac.balance.derive("c")).toEqualTypeOf<
      PagePromise<Schemas["DeriveResult"], Schemas["DeltaRow"]>
    >();
    expectTypeOf(pac.balance.customers()).toEqualTypeOf<
      PagePromise<Schemas["CustomerList"], Schemas["CustomerSummary"]>
    >();
    expectTypeOf(pac.balance.compare("c", { yours: 1, theirs: 2 })).resolves.toEqualTypeOf<
      Schemas["CompareResult"]
    >();
    expectTypeOf(pac.balance.receipts.get("r")).resolves.toEqualTypeOf<Schemas["ReceiptDocument"]>();
    expectTypeOf(pac.balance.receipts.list("c")).resolves.toEqualTypeOf<Schemas["ReceiptSummary"][]>();
    expectTypeOf(pac.balance.invoiceProof("c")).resolves.toEqualTypeOf<Schemas["Receipt"]>();
    expectTypeOf(pac.publicReceiptPdf("r")).resolves.toEqualTypeOf<Uint8Array>();
    expectTypeOf(pac.middleware.export("c")).resolves.toEqualTypeOf<Schemas["MiddlewareExport"]>();
    expectTypeOf(pac.middleware.export("c", { format: "bundle" })).resolves.toEqualTypeOf<
      Schemas["MiddlewareExport"]
    >();
    expectTypeOf(pac.middleware.export("c", { format: "csv" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(pac.middleware.export("c", { format: "pdf" })).resolves.toEqualTypeOf<Uint8Array>();
    expectTypeOf(pac.verify("0x")).resolves.toEqualTypeOf<Schemas["VerifyProofResult"]>();
    expectTypeOf(pac.balance.usage().withResponse()).resolves.toEqualTypeOf<APIResponse<Schemas["Usage"]>>();
  });

  it("narrows checkpoint results by whether a customer is named", () => {
    expectTypeOf(pac.balance.checkpoint("c")).resolves.toEqualTypeOf<Schemas["Checkpoint"]>();
    expectTypeOf(pac.balance.checkpoint({ customerId: "c", period: "2026-01" })).resolves.toEqualTypeOf<
      Schemas["Checkpoint"]
    >();
    expectTypeOf(pac.balance.checkpoint()).resolves.toEqualTypeOf<
      Schemas["Checkpoint"] | Schemas["CheckpointBatch"]
    >();
  });

  it("rejects wrong arguments at compile time", () => {
    // Each call is wrapped so nothing is sent; only the compiler looks at them.
    const compileOnly = (_: () => unknown) => undefined;
    // @ts-expect-error amounts are numbers
    compileOnly(() => pac.balance.emit("c", "5", "r"));
    // @ts-expect-error unknown derive parameter
    compileOnly(() => pac.balance.derive("c", { perod: "2026-01" }));
    // @ts-expect-error verify sources are db, chain or both
    compileOnly(() => pac.verify("0x", { source: "ledger" }));
    // @ts-expect-error the helpers set the scope themselves
    compileOnly(() => pac.balance.deriveMonthsBack("c", 3, { period: "2026-01" }));
    // @ts-expect-error granularity is day, week or month
    compileOnly(() => pac.balance.compare("c", { yours: 1, theirs: 1 }, { granularity: "year" }));
  });
});
