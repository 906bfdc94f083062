import { describe, expect, it } from "vitest";
import { renderCompatibility } from "../src/compatibility.js";
import type { DocumentedFile } from "../src/documented-list.js";
import {
  emittedEventsIn,
  httpCallsIn,
  operationIdsCalledIn,
  readImplementationStatus,
  requestedEventsIn,
} from "../src/implementation-status.js";
import { EXTENSION_SENTENCE, type JsonObject } from "../src/spec-elements.js";

describe("source scanners", () => {
  it("read the operationIds a route table names", () => {
    const source = `
      pipeline.authed("emitDelta", (session, { body }) => ({ status: 201 })),
      pipeline.handle(
        "createWebhookEndpoint",
        (input) => ({ status: 201 }),
      ),`;
    expect(operationIdsCalledIn(source)).toEqual(new Set(["emitDelta", "createWebhookEndpoint"]));
  });

  it("read the SDK's openapi-fetch calls, across line breaks", () => {
    const source = `
      client.GET("/api/v1/balance/limits", { signal });
      this.#client.POST(
        "/dashboard/webhooks/{webhookId}/test",
        { params },
      );
      fetch("/not/a/typed/call");`;
    expect(httpCallsIn(source)).toEqual(
      new Set(["GET /api/v1/balance/limits", "POST /dashboard/webhooks/{webhookId}/test"]),
    );
  });

  it("read the events the mock emits", () => {
    const source = `
      emitEvent(ctx, ledger, tx, "delta.verified", () => view);
      publishEvent(ctx, ledger, "customer.compare_run", () => data);
      export const TEST_EVENT_TYPE = "webhook.test" as const;
      const label = "customer.created";`;
    expect(emittedEventsIn(source)).toEqual(
      new Set(["delta.verified", "customer.compare_run", "webhook.test"]),
    );
  });

  it("read the events the mock sends only on request (the keys of its sample payloads)", () => {
    const source = `
      const DEFAULT_DATA: Partial<Record<WebhookEventType, Record<string, unknown>>> = {
        "tenant_domain.activated": { domain: "verify.example.com" },
        "record.failed": { recordType: "record", code: "x.y" },
      };
      const other = { "customer.created": {} };`;
    expect(requestedEventsIn(source)).toEqual(new Set(["tenant_domain.activated", "record.failed"]));
  });

  it("find the repository's mock routes, SDK calls and events", () => {
    const status = readImplementationStatus();
    expect(status.mockOperationIds).toContain("emitDelta");
    expect(status.mockOperationIds).toContain("createWebhookEndpoint");
    expect(status.sdkCalls).toContain("POST /api/v1/balance/delta");
    expect(status.sdkCalls).toContain("GET /dashboard/webhooks/{webhookId}");
    expect(status.mockEvents).toContain("delta.verified");
    expect(status.mockEvents).toContain("customer.compare_run");
    expect(status.mockEventsOnRequest).toContain("tenant_domain.activated");
    expect(status.sdkEvents).toContain("delta.verified");
  });
});

describe("renderCompatibility", () => {
  const spec: JsonObject = {
    openapi: "3.1.0",
    paths: {
      "/api/v1/balance/things": {
        get: { operationId: "listThings", responses: {} },
        post: { operationId: "createThing", responses: {} },
      },
      "/dashboard/things/{id}": {
        delete: {
          operationId: "deleteThing",
          "x-pacspace-extension": true,
          description: EXTENSION_SENTENCE,
          responses: {},
        },
      },
    },
    webhooks: { "thing.created": { post: { responses: {} } } },
    components: {
      schemas: {
        Thing: {
          type: "object",
          properties: {
            id: { type: "string" },
            color: { type: "string", "x-pacspace-extension": true, description: EXTENSION_SENTENCE },
          },
        },
      },
    },
  };
  const documented: DocumentedFile = {
    operations: {
      "GET /api/v1/balance/things": "https://docs.example/things",
      "POST /api/v1/balance/things": "PacSpace/python-sdk:things.py",
      "GET /api/v1/records/{id}": { source: "https://docs.example/records", notYet: true },
    },
    webhookEvents: {
      "thing.created": "https://docs.example/events",
      "thing.gone": { source: "https://docs.example/events", notYet: true },
    },
    differences: [
      {
        item: "Thing ids",
        reason: "They are longer here.",
        source: "https://docs.example/things",
        affects: ["GET /api/v1/balance/things"],
        in: ["sdk"],
      },
    ],
  };
  const markdown = renderCompatibility({
    spec,
    documented,
    implementation: {
      mockOperationIds: new Set(["listThings", "deleteThing"]),
      mockEvents: new Set(["thing.created"]),
      mockEventsOnRequest: new Set(["thing.gone"]),
      sdkCalls: new Set(["GET /api/v1/balance/things"]),
      sdkEvents: new Set(),
    },
  });

  it("gives each documented endpoint its status in the spec, the mock and the SDK", () => {
    expect(markdown).toContain(
      "| `GET /api/v1/balance/things` | supported | supported | partial ([1](#d1)) | [docs.example/things](https://docs.example/things) |",
    );
    expect(markdown).toContain(
      "| `POST /api/v1/balance/things` | supported | not yet | not yet | `PacSpace/python-sdk:things.py` |",
    );
    expect(markdown).toContain("| `GET /api/v1/records/{id}` | not yet | not yet | not yet |");
    expect(markdown).toContain("### Balance API");
    expect(markdown).toContain("### Records API");
  });

  it("gives each documented webhook event its status", () => {
    expect(markdown).toContain("| `thing.created` | supported | supported | not yet |");
    expect(markdown).toContain("| `thing.gone` | not yet | on request (`POST /__mock/events`) | not yet |");
  });

  it("counts what is documented and what is implemented", () => {
    expect(markdown).toContain(
      "Documented endpoints: 3; in the spec: 2; served by the mock: 1; called by the SDK: 1.",
    );
  });

  it("numbers the known differences", () => {
    expect(markdown).toContain('1. <a id="d1"></a>**Thing ids**: They are longer here.');
  });

  it("lists the extensions from the spec's labels", () => {
    const extensions = markdown.slice(markdown.indexOf("## Extensions of this toolkit"));
    expect(extensions).toContain("| `DELETE /dashboard/things/{id}` | supported | supported | not yet |");
    expect(extensions).toContain("`Thing.color`");
    expect(extensions).not.toContain("`Thing.id`");
    expect(extensions).not.toContain("GET /api/v1/balance/things");
  });
});
