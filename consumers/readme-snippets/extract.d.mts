export declare const READMES: string[];
export declare const CODE_LANGUAGES: Set<string>;
export interface CodeBlock {
  language: string;
  body: string;
  line: number;
  kind: "harness" | "standalone" | "typecheck-only" | "not-compiled" | "other";
  reason?: string;
}
export declare function codeBlocks(text: string): CodeBlock[];
export declare function splitImports(body: string): { imports: string[]; rest: string };
