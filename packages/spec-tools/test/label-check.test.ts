import { describe, expect, it } from "vitest";
import { type DocumentedFile, documentedItems } from "../src/documented-list.js";
import { checkLabels, formatProblems } from "../src/label-check.js";
import { loadDocumentedItems, loadSpec } from "../src/repository.js";
import { EXTENSION_SENTENCE, isObject, type JsonObject, specElements } from "../src/spec-elements.js";

/** The object at `path` inside `root`, to edit a test spec in place. */
function at(root: JsonObject, ...path: string[]): JsonObject {
  let node: JsonObject = root;
  for (const key of path) {
    const next = node[key];
    if (!isObject(next)) throw new Error(`no object at ${path.join(" > ")}`);
    node = next;
  }
  return node;
}

const ours = { "x-pacspace-extension": true, description: `Ours. ${EXTENSION_SENTENCE}` };

/** A tiny spec: one documented operation whose answer mixes documented and invented fields. */
function tinySpec(): JsonObject {
  return {
    openapi: "3.1.0",
    paths: {
      "/things/{thingId}": {
        get: {
          operationId: "getThing",
          parameters: [
            { $ref: "#/components/parameters/ThingIdPath" },
            { name: "verbose", in: "query", schema: { type: "boolean" } },
          ],
          responses: {
            "200": {
              description: "The thing.",
              headers: { "X-Trace": { schema: { type: "string" } } },
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
          },
        },
      },
    },
    webhooks: {
      "thing.created": { post: { operationId: "thingCreated", responses: { "200": { description: "ok" } } } },
    },
    components: {
      parameters: {
        ThingIdPath: { name: "thingId", in: "path", required: true, schema: { type: "string" } },
      },
      schemas: {
        Thing: {
          type: "object",
          properties: {
            id: { type: "string" },
            size: { type: "integer" },
            window: { $ref: "#/components/schemas/Window" },
            nested: { type: "object", properties: { inner: { type: "string" } } },
          },
        },
        Window: { type: "object", properties: { from: { type: "string" } } },
        ErrorCode: { type: "string", description: "Codes.", enum: ["NOT_FOUND", "OUR_CODE"] },
      },
    },
  };
}

/** The documented list that matches tinySpec() once `size`, `window`/Window and OUR_CODE are labelled. */
const tinyDocumented: DocumentedFile = {
  operations: { "GET /things/{thingId}": "https://docs.example/things" },
  parameters: {
    ThingIdPath: "https://docs.example/things",
    "GET /things/{thingId} query verbose": "https://docs.example/things",
  },
  headers: { "GET /things/{thingId} response 200 header X-Trace": "https://docs.example/things" },
  schemas: {
    Thing: {
      source: "https://docs.example/things",
      fields: ["id", "nested", { "nested.inner": "sdk/types.py" }],
    },
  },
  errorCodes: { NOT_FOUND: "https://docs.example/errors" },
  webhookEvents: { "thing.created": "https://docs.example/events" },
};

/** tinySpec() with every invented element labelled. */
function labelledTinySpec(): JsonObject {
  const spec = tinySpec();
  Object.assign(at(spec, "components", "schemas", "Thing", "properties", "size"), ours);
  Object.assign(at(spec, "components", "schemas", "Window"), ours);
  at(spec, "components", "schemas", "ErrorCode")["x-pacspace-extension-values"] = ["OUR_CODE"];
  at(spec, "components", "schemas", "ErrorCode").description =
    `Codes. The listed codes are an extension of this toolkit; the PacSpace service does not document them.`;
  return spec;
}

const check = (spec: JsonObject, documented: DocumentedFile = tinyDocumented) =>
  checkLabels(spec, documentedItems(documented));

describe("specElements", () => {
  it("keys every element by where the spec defines it", () => {
    const keys = specElements(tinySpec()).map(({ kind, key }) => `${kind} ${key}`);
    expect(keys).toEqual([
      "operation GET /things/{thingId}",
      "parameter GET /things/{thingId} query verbose",
      "header GET /things/{thingId} response 200 header X-Trace",
      "webhook-event thing.created",
      "parameter ThingIdPath",
      "property Thing.id",
      "property Thing.size",
      "property Thing.window",
      "property Thing.nested",
      "property Thing.nested.inner",
      "property Window.from",
      "error-code NOT_FOUND",
      "error-code OUR_CODE",
    ]);
  });

  it("gives JSON pointers that escape `/` in paths", () => {
    const operation = specElements(tinySpec()).find((element) => element.kind === "operation");
    expect(operation?.pointer).toBe("#/paths/~1things~1{thingId}/get");
  });
});

describe("checkLabels", () => {
  it("passes when every element is documented or labelled", () => {
    expect(check(labelledTinySpec())).toEqual([]);
  });

  it("names exactly the unlabelled invented elements, with the fix", () => {
    const problems = check(tinySpec());
    expect(problems.map((problem) => problem.at)).toEqual([
      "#/components/schemas/Thing/properties/size",
      "#/components/schemas/Thing/properties/window",
      "#/components/schemas/Window/properties/from",
      "#/components/schemas/ErrorCode/enum/1",
    ]);
    expect(problems[0]?.problem).toMatch(/neither documented nor labelled: add it to spec\/documented.yaml/);
    expect(formatProblems(problems)).toContain("- #/components/schemas/Thing/properties/size\n");
  });

  it("fails on one unlabelled invented field among labelled ones", () => {
    const spec = labelledTinySpec();
    at(spec, "components", "schemas", "Thing", "properties").color = { type: "string" };
    expect(check(spec)).toEqual([
      {
        at: "#/components/schemas/Thing/properties/color",
        problem: expect.stringContaining('property "Thing.color" is neither documented nor labelled'),
      },
    ]);
  });

  it("covers a property typed by a labelled schema, and everything inside a labelled node", () => {
    const spec = labelledTinySpec();
    at(spec, "components", "schemas", "Window", "properties").to = {
      type: "object",
      properties: { deep: { type: "string" } },
    };
    expect(check(spec)).toEqual([]);
  });

  it("covers every element of a labelled operation", () => {
    const spec = labelledTinySpec();
    at(spec, "paths", "/things/{thingId}").delete = {
      ...ours,
      parameters: [{ name: "force", in: "query", schema: { type: "boolean" } }],
      responses: { "204": { description: "Gone.", headers: { "X-Gone": { schema: { type: "string" } } } } },
    };
    expect(check(spec)).toEqual([]);
    delete at(spec, "paths", "/things/{thingId}", "delete")["x-pacspace-extension"];
    expect(check(spec).map((problem) => problem.at)).toEqual([
      "#/paths/~1things~1{thingId}/delete",
      "#/paths/~1things~1{thingId}/delete/parameters/0",
      "#/paths/~1things~1{thingId}/delete/responses/204/headers/X-Gone",
    ]);
  });

  it("requires the extension sentence in a labelled element's description", () => {
    const spec = labelledTinySpec();
    at(spec, "components", "schemas", "Thing", "properties", "size").description = "Ours.";
    expect(check(spec)).toEqual([
      {
        at: "#/components/schemas/Thing/properties/size",
        problem: expect.stringContaining("is labelled but its description lacks"),
      },
    ]);
  });

  it("fails when a documented element is labelled, directly or by an enclosing node", () => {
    const spec = labelledTinySpec();
    Object.assign(at(spec, "components", "schemas", "Thing", "properties", "nested"), ours);
    expect(check(spec).map((problem) => problem.at)).toEqual([
      "#/components/schemas/Thing/properties/nested",
      "#/components/schemas/Thing/properties/nested/properties/inner",
    ]);
  });

  it("fails when a documented event is labelled", () => {
    const spec = labelledTinySpec();
    Object.assign(at(spec, "webhooks", "thing.created", "post"), ours);
    expect(check(spec)).toEqual([
      { at: "#/webhooks/thing.created/post", problem: expect.stringContaining("is documented") },
    ]);
  });

  it("fails on an unlabelled webhook event", () => {
    const spec = labelledTinySpec();
    at(spec, "webhooks")["thing.deleted"] = { post: { responses: { "200": { description: "ok" } } } };
    expect(check(spec).map((problem) => problem.at)).toEqual(["#/webhooks/thing.deleted/post"]);
  });

  it("fails when the documented list names something the spec lacks, unless it is marked notYet", () => {
    const documented: DocumentedFile = {
      ...tinyDocumented,
      operations: {
        ...tinyDocumented.operations,
        "DELETE /things/{thingId}": "https://docs.example/things",
        "POST /things": { source: "https://docs.example/things", notYet: true },
      },
      schemas: {
        Thing: { ...tinyDocumented.schemas?.Thing, source: "https://docs.example", notYet: ["weight"] },
      },
    };
    expect(check(labelledTinySpec(), documented)).toEqual([
      {
        at: 'spec/documented.yaml operations["DELETE /things/{thingId}"]',
        problem: expect.stringContaining("documented but missing from the spec"),
      },
    ]);
  });

  it("fails when an item marked notYet is in the spec", () => {
    const documented: DocumentedFile = {
      ...tinyDocumented,
      webhookEvents: { "thing.created": { source: "https://docs.example/events", notYet: true } },
    };
    const problems = check(labelledTinySpec(), documented);
    expect(problems.map((problem) => problem.problem)).toEqual([
      expect.stringContaining('webhook-event "thing.created" is neither documented nor labelled'),
      expect.stringContaining("is marked notYet but the spec now has it"),
    ]);
  });

  it("fails on an extension error code that is not in the enum", () => {
    const spec = labelledTinySpec();
    at(spec, "components", "schemas", "ErrorCode")["x-pacspace-extension-values"] = ["OUR_CODE", "GONE_CODE"];
    expect(check(spec)).toEqual([
      {
        at: "#/components/schemas/ErrorCode/x-pacspace-extension-values",
        problem: expect.stringContaining('"GONE_CODE"'),
      },
    ]);
  });

  it("matches `*` in documented schema names, within one name", () => {
    const spec = labelledTinySpec();
    at(spec, "components", "schemas").ThingEnvelope = {
      type: "object",
      properties: { data: { type: "object" } },
    };
    at(spec, "components", "schemas").OtherEnvelope = {
      type: "object",
      properties: { data: { type: "object" } },
    };
    const documented = {
      ...tinyDocumented,
      schemas: { ...tinyDocumented.schemas, "*Envelope": { source: "x", fields: ["data"] } },
    };
    expect(check(spec, documented)).toEqual([]);
    at(spec, "components", "schemas", "ThingEnvelope", "properties", "data").properties = {
      extra: { type: "string" },
    };
    expect(check(spec, documented).map((problem) => problem.at)).toEqual([
      "#/components/schemas/ThingEnvelope/properties/data/properties/extra",
    ]);
  });
});

describe("spec/openapi.yaml", () => {
  it("labels everything PacSpace does not document, and only that (spec/documented.yaml)", () => {
    const problems = checkLabels(loadSpec(), loadDocumentedItems());
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
