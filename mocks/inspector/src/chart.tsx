import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/**
 * A customer's balance over time: the verified closing balance per bucket and, apart, the
 * balance with the pending deltas counted in. `markerAt` (ms) draws the divergence point.
 */
export interface BalanceSeries {
  /** Bucket ends, ms since the epoch. */
  times: number[];
  verified: number[];
  /** null where nothing is pending. */
  withPending: Array<number | null>;
}

const MARKER_COLOR = "#b3001b";

export function BalanceChart(props: { series: BalanceSeries; markerAt?: number | null; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const { series, markerAt } = props;
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(320, element.clientWidth || 720);
    const marker = markerAt ?? null;
    const plot = new uPlot(
      {
        width,
        height: 260,
        scales: { x: { time: true } },
        axes: [
          {},
          { size: 80, values: (_u, values) => values.map((value) => value.toLocaleString("en-US")) },
        ],
        series: [
          {},
          { label: "Verified balance", stroke: "#0b5394", width: 2 },
          { label: "With pending", stroke: "#8a5a00", width: 2, dash: [6, 4], spanGaps: false },
        ],
        hooks: {
          draw: [
            (u) => {
              if (marker === null) return;
              const x = Math.round(u.valToPos(marker / 1000, "x", true));
              const { ctx } = u;
              ctx.save();
              ctx.strokeStyle = MARKER_COLOR;
              ctx.lineWidth = 2;
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              ctx.restore();
            },
          ],
        },
      },
      [series.times.map((t) => t / 1000), series.verified, series.withPending],
      element,
    );
    return () => plot.destroy();
  }, [series, markerAt]);
  return (
    <figure class="chart">
      <div ref={host} role="img" aria-label={props.label} data-testid="balance-chart" />
      <figcaption>{props.label}</figcaption>
    </figure>
  );
}
