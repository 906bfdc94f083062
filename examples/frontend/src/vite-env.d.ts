/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `msw`: PacSpace and the /app-api boundary are mocked in the page (development, browser test). */
  readonly VITE_PACSPACE_BACKEND?: "msw" | "server";
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
