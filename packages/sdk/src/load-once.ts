/** `create` once, on first use; a failed load (e.g. a chunk that did not download) is tried again on the next call. */
export function loadOnce<T>(create: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= create().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
