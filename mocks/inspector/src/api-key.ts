/**
 * The sandbox key the page calls the Balance API with: `pacspace-mock serve` prints the
 * page's address with `#key=…` (a fragment never reaches a server or its logs); the page
 * keeps it for the tab's life and the header field can change it.
 */
const STORAGE_KEY = "pacspace-inspector:api-key";

export function takeApiKeyFromUrl(): void {
  const match = /^#key=([^&]+)/.exec(location.hash);
  if (!match) return;
  sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1] as string));
  history.replaceState(null, "", `${location.pathname}${location.search}#/overview`);
}

export function apiKey(): string {
  return sessionStorage.getItem(STORAGE_KEY) ?? "";
}

export function setApiKey(value: string): void {
  sessionStorage.setItem(STORAGE_KEY, value.trim());
}
