import type { AppApiClient } from "./app-api-client.js";
import { compareBalances, type DashboardState, initialState, recordUsage, refresh } from "./dashboard.js";
import { renderDashboard } from "./render.js";

/** Renders the dashboard into `root` and wires its two forms. */
export async function mountDashboard(
  root: HTMLElement,
  api: AppApiClient,
  customerId: string,
): Promise<void> {
  let state: DashboardState = initialState(customerId);
  const show = (next: DashboardState) => {
    state = next;
    root.innerHTML = renderDashboard(state);
    root.dataset.ready = "true";
  };

  root.addEventListener("submit", async (event) => {
    const form = event.target as HTMLFormElement;
    event.preventDefault();
    const fields = new FormData(form);
    const number = (name: string) => Number(fields.get(name));
    form.querySelector("button")?.setAttribute("disabled", "");
    root.dataset.ready = "false";
    if (form.dataset.action === "record-usage") {
      show(await recordUsage(api, state, { amount: number("amount"), reason: String(fields.get("reason")) }));
    } else if (form.dataset.action === "compare") {
      const period = String(fields.get("period") ?? "").trim();
      show(
        await compareBalances(api, state, {
          yours: number("yours"),
          theirs: number("theirs"),
          ...(period ? { period } : {}),
        }),
      );
    }
  });

  show(state);
  show(await refresh(api, state));
}
