import { describe, expect, it } from "vitest";
import { DeliveryScheduler } from "./scheduler.js";

const fail = (error: unknown) => {
  throw error;
};

describe("DeliveryScheduler", () => {
  it("runs a pass after the current task, once for several kicks", async () => {
    let passes = 0;
    const scheduler = new DeliveryScheduler(() => {
      passes += 1;
    }, fail);
    scheduler.kick();
    scheduler.kick();
    expect(passes).toBe(0);
    await scheduler.idle();
    expect(passes).toBe(1);
  });

  it("idle() waits for work that finishing work started", async () => {
    const log: string[] = [];
    const scheduler: DeliveryScheduler = new DeliveryScheduler(() => {
      void scheduler.track(
        new Promise<void>((resolve) =>
          setTimeout(() => {
            log.push("attempt");
            if (log.length < 3) scheduler.kick();
            resolve();
          }, 5),
        ),
      );
    }, fail);
    scheduler.kick();
    await scheduler.idle();
    expect(log).toEqual(["attempt", "attempt", "attempt"]);
    expect(scheduler.busy).toBe(false);
  });

  it("hands what a pass throws to onError instead of letting it escape the timer", async () => {
    const errors: unknown[] = [];
    const scheduler = new DeliveryScheduler(
      () => {
        throw new RangeError("Invalid time value");
      },
      (error) => errors.push(error),
    );
    scheduler.kick();
    await scheduler.idle();
    expect(errors).toEqual([new RangeError("Invalid time value")]);
    expect(scheduler.busy).toBe(false);
  });
});
