import { describe, expect, it } from "vitest";
import { DeliveryScheduler } from "./scheduler.js";

describe("DeliveryScheduler", () => {
  it("runs a pass after the current task, once for several kicks", async () => {
    let passes = 0;
    const scheduler = new DeliveryScheduler(() => {
      passes += 1;
    });
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
    });
    scheduler.kick();
    await scheduler.idle();
    expect(log).toEqual(["attempt", "attempt", "attempt"]);
    expect(scheduler.busy).toBe(false);
  });
});
