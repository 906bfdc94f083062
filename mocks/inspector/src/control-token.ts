/**
 * The control API's token. A server bound to a non-loopback address asks for it on every
 * control request; the page takes it from `?token=` once and keeps it for the tab's life.
 */
export const CONTROL_TOKEN_HEADER = "X-PacSpace-Mock-Token";
const STORAGE_KEY = "pacspace-inspector:control-token";

export function controlToken(): string | null {
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) sessionStorage.setItem(STORAGE_KEY, fromUrl);
  return sessionStorage.getItem(STORAGE_KEY);
}
