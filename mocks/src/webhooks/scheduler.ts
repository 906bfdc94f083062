/**
 * Runs delivery work off the request path and lets tests wait for it. `kick()` starts a
 * pass on a later macrotask, so the API response that caused an event is already on its
 * way when the first attempt leaves; `track()` registers an attempt in flight; `idle()`
 * resolves once no pass is queued and no attempt is in flight, including attempts that
 * finishing ones scheduled meanwhile.
 */
export class DeliveryScheduler {
  readonly #inFlight = new Set<Promise<unknown>>();
  #kicked: Promise<void> | null = null;

  /** `onError` receives what a pass throws: it runs on a timer, where a throw would end the process. */
  constructor(
    private readonly runPass: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Queues one pass over the due deliveries (several kicks before it runs share it). */
  kick(): void {
    if (this.#kicked) return;
    this.#kicked = new Promise<void>((resolve) => {
      setTimeout(() => {
        this.#kicked = null;
        try {
          this.runPass();
        } catch (error) {
          this.onError(error);
        } finally {
          resolve();
        }
      }, 0);
    });
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.#inFlight.add(work);
    const done = () => this.#inFlight.delete(work);
    work.then(done, done);
    return work;
  }

  get busy(): boolean {
    return this.#kicked !== null || this.#inFlight.size > 0;
  }

  async idle(): Promise<void> {
    while (this.busy) {
      await Promise.allSettled([...(this.#kicked ? [this.#kicked] : []), ...this.#inFlight]);
    }
  }
}
