/**
 * The shipped declarations (dist/, after scripts/trim-declarations.mjs) describe exactly the
 * types generated from the spec: every path, operation and component is identical, type for
 * type, to src/generated/schema.ts, however the declarations are written. Run after the build
 * (`lint:package`); a difference fails to compile.
 */
import type {
  components as ShippedComponents,
  operations as ShippedOperations,
  paths as ShippedPaths,
} from "../../dist/index.js";
import type { components, operations, paths } from "../../src/generated/schema.js";

/** True only when A and B are the same type (the compiler's identity, not assignability). */
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Identical<A, B> extends true ? Mutual<A, B> : false;
type EverySame<A, B> = { [K in keyof A | keyof B]: K extends keyof A & keyof B ? Same<A[K], B[K]> : false };
type AllTrue<T> = Exclude<T[keyof T], true> extends never ? true : false;

export const pathsIdentical: AllTrue<EverySame<ShippedPaths, paths>> = true;
export const operationsIdentical: AllTrue<EverySame<ShippedOperations, operations>> = true;
export const schemasIdentical: AllTrue<EverySame<ShippedComponents["schemas"], components["schemas"]>> = true;
export const componentsIdentical: AllTrue<EverySame<ShippedComponents, components>> = true;
export const wholeIdentical: [
  Same<ShippedPaths, paths>,
  Same<ShippedOperations, operations>,
  Same<ShippedComponents, components>,
] = [true, true, true];
