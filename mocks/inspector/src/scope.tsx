import { useState } from "preact/hooks";
import type { DeriveResult } from "./types.js";

/** The scope picker of derive: current month, a month, or custom dates; and the granularity. */
export interface Scope {
  mode: "current" | "period" | "custom";
  period: string;
  startDate: string;
  endDate: string;
  granularity: "day" | "week" | "month";
}

export const DEFAULT_SCOPE: Scope = {
  mode: "current",
  period: "",
  startDate: "",
  endDate: "",
  granularity: "day",
};

/** The derive query parameters of a scope. */
export function scopeParams(scope: Scope): Record<string, string> {
  const base = { granularity: scope.granularity };
  if (scope.mode === "period" && scope.period) return { ...base, period: scope.period };
  if (scope.mode === "custom" && scope.startDate && scope.endDate) {
    return { ...base, startDate: scope.startDate, endDate: scope.endDate };
  }
  return base;
}

/** `2026-04-01 to 2026-05-01`, or the checkpoint a derivation started from. */
export function scopeLabel(scope: DeriveResult["scope"]): string {
  return "from" in scope
    ? `${scope.from.slice(0, 10)} to ${scope.to.slice(0, 10)}`
    : `after checkpoint ${scope.startingCheckpoint}`;
}

export function ScopePicker(props: { scope: Scope; onChange: (scope: Scope) => void }) {
  const [draft, setDraft] = useState(props.scope);
  const set = (patch: Partial<Scope>) => setDraft({ ...draft, ...patch });
  return (
    <form
      class="scope"
      aria-label="Scope"
      onSubmit={(event) => {
        event.preventDefault();
        props.onChange(draft);
      }}
    >
      <fieldset>
        <legend>Scope</legend>
        <label>
          Range{" "}
          <select
            name="mode"
            value={draft.mode}
            onChange={(e) => set({ mode: e.currentTarget.value as Scope["mode"] })}
          >
            <option value="current">Current month</option>
            <option value="period">A month</option>
            <option value="custom">Custom dates</option>
          </select>
        </label>
        {draft.mode === "period" && (
          <label>
            Month{" "}
            <input
              type="month"
              name="period"
              value={draft.period}
              onInput={(e) => set({ period: e.currentTarget.value })}
            />
          </label>
        )}
        {draft.mode === "custom" && (
          <>
            <label>
              From{" "}
              <input
                type="date"
                name="startDate"
                value={draft.startDate}
                onInput={(e) => set({ startDate: e.currentTarget.value })}
              />
            </label>
            <label>
              To (exclusive){" "}
              <input
                type="date"
                name="endDate"
                value={draft.endDate}
                onInput={(e) => set({ endDate: e.currentTarget.value })}
              />
            </label>
          </>
        )}
        <label>
          Granularity{" "}
          <select
            name="granularity"
            value={draft.granularity}
            onChange={(e) => set({ granularity: e.currentTarget.value as Scope["granularity"] })}
          >
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </label>
        <button type="submit">Apply</button>
      </fieldset>
    </form>
  );
}
