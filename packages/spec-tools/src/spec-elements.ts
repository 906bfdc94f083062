/**
 * The schema elements of an OpenAPI document that must be either documented by PacSpace or
 * labelled `x-pacspace-extension: true`: operations, parameters, headers, security schemes,
 * schema properties, `ErrorCode` enum members and webhook events.
 *
 * Each element is keyed by where it is DEFINED (a `$ref` is followed to its target, never
 * walked twice), because that is where its label lives:
 * - operation          `POST /api/v1/balance/delta`
 * - parameter          `IdempotencyKey` (components.parameters) or `GET /path query name` (inline)
 * - header             `X-Request-Id` (components.headers) or `<owner> header Name` (inline)
 * - security-scheme    `RequestSignature`
 * - property           `EmitDeltaRequest.adjusts`, `DeriveResult.breakdown.bucketStart` (nested
 *                      inline objects), `POST /path request.field`, `GET /path response 200.field`
 * - error-code         `PLAN_LIMIT_REACHED` (members of components.schemas.ErrorCode)
 * - webhook-event      `delta.verified` (keys of the top-level `webhooks:`)
 *
 * An element counts as labelled when it, or anything enclosing it (its operation, its schema),
 * carries `x-pacspace-extension: true`; a `$ref` to a labelled target (a property typed by an
 * extension schema) is covered too. Error codes are labelled by
 * `x-pacspace-extension-values` on the ErrorCode schema, since enum members cannot carry keys.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type ElementKind =
  | "operation"
  | "parameter"
  | "header"
  | "security-scheme"
  | "property"
  | "error-code"
  | "webhook-event";

export interface SpecElement {
  kind: ElementKind;
  /** The name the documented list uses for it (see the file comment). */
  key: string;
  /** JSON pointer (RFC 6901, as a URI fragment) of the node that carries or would carry the label. */
  pointer: string;
  /** Labelled by itself or by an enclosing node. */
  labelled: boolean;
  /** A `$ref` whose target is labelled (e.g. a property typed by an extension schema). */
  refLabelled: boolean;
  /** Carries the label on its own node (its description must then say so). */
  ownLabel: boolean;
  /** The description of the labelled node, when it has its own label. */
  description?: string;
}

export const EXTENSION_KEY = "x-pacspace-extension";
export const EXTENSION_VALUES_KEY = "x-pacspace-extension-values";
export const EXTENSION_SENTENCE = "Extension of this toolkit; the PacSpace service does not document it.";
/** The sentence, in any case and for one item ("it") or several ("them", the ErrorCode values). */
export const EXTENSION_SENTENCE_PATTERN =
  /extension of this toolkit; the PacSpace service does not document (it|them)\b/i;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const COMPOSITIONS = ["allOf", "oneOf", "anyOf"] as const;

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function pointerOf(...tokens: (string | number)[]): string {
  return `#/${tokens.map((token) => escapePointerToken(String(token))).join("/")}`;
}

function hasLabel(node: Json | undefined): boolean {
  return isObject(node) && node[EXTENSION_KEY] === true;
}

/** Walks `document` and lists every element, in document order. */
export function specElements(document: JsonObject): SpecElement[] {
  const elements: SpecElement[] = [];
  const components = isObject(document.components) ? document.components : {};

  /** The node a local `$ref` points to (only `#/components/...` refs occur in the spec). */
  const resolve = (ref: string): Json | undefined => {
    if (!ref.startsWith("#/")) throw new Error(`only local $ref is supported: ${ref}`);
    let node: Json | undefined = document;
    for (const raw of ref.slice(2).split("/")) {
      const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      node = isObject(node) ? node[token] : undefined;
    }
    return node;
  };
  const refTarget = (node: Json | undefined): Json | undefined =>
    isObject(node) && typeof node.$ref === "string" ? resolve(node.$ref) : undefined;

  const add = (
    kind: ElementKind,
    key: string,
    pointer: string,
    node: Json | undefined,
    covered: boolean,
  ): boolean => {
    const ownLabel = hasLabel(node);
    const labelled = covered || ownLabel;
    const refLabelled = hasLabel(refTarget(node));
    const description = isObject(node) && typeof node.description === "string" ? node.description : undefined;
    elements.push({
      kind,
      key,
      pointer,
      labelled,
      refLabelled,
      ownLabel,
      ...(ownLabel ? { description } : {}),
    });
    return labelled || refLabelled;
  };

  const walkSchema = (schema: Json | undefined, key: string, pointer: string, covered: boolean): void => {
    if (!isObject(schema) || typeof schema.$ref === "string") return;
    if (isObject(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) {
        const propertyKey = `${key}.${name}`;
        const propertyPointer = `${pointer}/properties/${escapePointerToken(name)}`;
        const labelled = add("property", propertyKey, propertyPointer, property, covered);
        walkSchema(property, propertyKey, propertyPointer, labelled);
      }
    }
    for (const composition of COMPOSITIONS) {
      const members = schema[composition];
      if (Array.isArray(members)) {
        members.forEach((member, index) => {
          walkSchema(member, key, `${pointer}/${composition}/${index}`, covered || hasLabel(member));
        });
      }
    }
    if (isObject(schema.items)) walkSchema(schema.items, key, `${pointer}/items`, covered);
    if (isObject(schema.additionalProperties)) {
      walkSchema(schema.additionalProperties, key, `${pointer}/additionalProperties`, covered);
    }
  };

  const walkContent = (content: Json | undefined, key: string, pointer: string, covered: boolean): void => {
    if (!isObject(content)) return;
    for (const [mediaType, media] of Object.entries(content)) {
      if (isObject(media)) {
        walkSchema(media.schema, key, `${pointer}/content/${escapePointerToken(mediaType)}/schema`, covered);
      }
    }
  };

  const walkParameters = (parameters: Json | undefined, owner: string, pointer: string, covered: boolean) => {
    if (!Array.isArray(parameters)) return;
    parameters.forEach((parameter, index) => {
      if (!isObject(parameter) || typeof parameter.$ref === "string") return;
      const key = `${owner} ${String(parameter.in)} ${String(parameter.name)}`;
      add("parameter", key, `${pointer}/parameters/${index}`, parameter, covered);
    });
  };

  const walkResponse = (response: Json | undefined, owner: string, pointer: string, covered: boolean) => {
    if (!isObject(response) || typeof response.$ref === "string") return;
    const responseCovered = covered || hasLabel(response);
    if (isObject(response.headers)) {
      for (const [name, header] of Object.entries(response.headers)) {
        if (isObject(header) && typeof header.$ref === "string") continue;
        add(
          "header",
          `${owner} header ${name}`,
          `${pointer}/headers/${escapePointerToken(name)}`,
          header,
          responseCovered,
        );
      }
    }
    walkContent(response.content, owner, pointer, responseCovered);
  };

  const walkOperation = (operation: JsonObject, owner: string, pointer: string, covered: boolean): void => {
    walkParameters(operation.parameters, owner, pointer, covered);
    if (isObject(operation.requestBody) && typeof operation.requestBody.$ref !== "string") {
      walkContent(operation.requestBody.content, `${owner} request`, `${pointer}/requestBody`, covered);
    }
    if (isObject(operation.responses)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        walkResponse(response, `${owner} response ${status}`, `${pointer}/responses/${status}`, covered);
      }
    }
  };

  if (isObject(document.paths)) {
    for (const [path, pathItem] of Object.entries(document.paths)) {
      if (!isObject(pathItem)) continue;
      const pathPointer = pointerOf("paths", path);
      walkParameters(pathItem.parameters, path, pathPointer, hasLabel(pathItem));
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (!isObject(operation)) continue;
        const owner = `${method.toUpperCase()} ${path}`;
        const pointer = `${pathPointer}/${method}`;
        const labelled = add("operation", owner, pointer, operation, hasLabel(pathItem));
        walkOperation(operation, owner, pointer, labelled);
      }
    }
  }

  if (isObject(document.webhooks)) {
    for (const [event, pathItem] of Object.entries(document.webhooks)) {
      if (!isObject(pathItem)) continue;
      const pointer = pointerOf("webhooks", event);
      const operation = HTTP_METHODS.map((method) => pathItem[method]).find(isObject);
      const method = HTTP_METHODS.find((candidate) => isObject(pathItem[candidate])) ?? "post";
      // The label of an event goes on its operation, next to its description.
      const labelled = add("webhook-event", event, `${pointer}/${method}`, operation, hasLabel(pathItem));
      if (operation) walkOperation(operation, `webhook ${event}`, `${pointer}/${method}`, labelled);
    }
  }

  const section = (name: string): JsonObject => {
    const value = components[name];
    return isObject(value) ? value : {};
  };
  for (const [name, scheme] of Object.entries(section("securitySchemes"))) {
    add("security-scheme", name, pointerOf("components", "securitySchemes", name), scheme, false);
  }
  for (const [name, header] of Object.entries(section("headers"))) {
    add("header", name, pointerOf("components", "headers", name), header, false);
  }
  for (const [name, parameter] of Object.entries(section("parameters"))) {
    add("parameter", name, pointerOf("components", "parameters", name), parameter, false);
  }
  for (const [name, response] of Object.entries(section("responses"))) {
    walkResponse(response, `responses/${name}`, pointerOf("components", "responses", name), false);
  }
  for (const [name, body] of Object.entries(section("requestBodies"))) {
    if (isObject(body)) {
      walkContent(
        body.content,
        `requestBodies/${name}`,
        pointerOf("components", "requestBodies", name),
        hasLabel(body),
      );
    }
  }
  for (const [name, schema] of Object.entries(section("schemas"))) {
    walkSchema(schema, name, pointerOf("components", "schemas", name), hasLabel(schema));
  }

  const errorCode = section("schemas").ErrorCode;
  if (isObject(errorCode) && Array.isArray(errorCode.enum)) {
    const extensionValues = Array.isArray(errorCode[EXTENSION_VALUES_KEY])
      ? errorCode[EXTENSION_VALUES_KEY]
      : [];
    const description = typeof errorCode.description === "string" ? errorCode.description : undefined;
    errorCode.enum.forEach((code, index) => {
      const labelled = extensionValues.includes(code);
      elements.push({
        kind: "error-code",
        key: String(code),
        pointer: pointerOf("components", "schemas", "ErrorCode", "enum", index),
        labelled,
        refLabelled: false,
        ownLabel: labelled,
        ...(labelled ? { description } : {}),
      });
    });
  }
  return elements;
}
