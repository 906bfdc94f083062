/**
 * Code split off with `import()` and loaded on first use: loaded once, its result kept in
 * `value` so callers go straight to it from then on, and a failed load tried again on the next
 * `load()`.
 */
export class LazyModule<T> {
  value: T | undefined;
  private loading: Promise<T> | undefined;

  constructor(private readonly importer: () => Promise<T>) {}

  load(): Promise<T> {
    this.loading ??= this.importer().then(
      (loaded) => {
        this.value = loaded;
        return loaded;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
