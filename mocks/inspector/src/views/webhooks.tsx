import { useState } from "preact/hooks";
import { ApiError, api } from "../api.js";
import { time } from "../format.js";
import type { MockWebhooks } from "../types.js";
import { useData } from "../use-data.js";

type Delivery = MockWebhooks["deliveries"][number];

export function WebhooksView() {
  const { data, error, reload } = useData(() => api.webhooks(), []);
  const [message, setMessage] = useState<string | null>(null);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const redeliver = async (delivery: Delivery) => {
    try {
      await api.redeliver(delivery.eventId, delivery.webhookId);
      setMessage(`${delivery.eventId} re-queued for ${delivery.webhookId}`);
    } catch (reason) {
      setMessage(reason instanceof ApiError ? `${reason.code}: ${reason.message}` : String(reason));
    }
    reload();
  };
  return (
    <div class="webhooks">
      <h2>Webhooks</h2>
      <table data-testid="endpoints">
        <caption>Endpoints of {data.tenantId}</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Enabled</th>
          </tr>
        </thead>
        <tbody>
          {data.endpoints.length === 0 && (
            <tr>
              <td colSpan={4}>No endpoint</td>
            </tr>
          )}
          {data.endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <td>
                <code>{endpoint.id}</code>
              </td>
              <td>{endpoint.url}</td>
              <td>{endpoint.events.length === 0 ? "all" : endpoint.events.join(", ")}</td>
              <td>{endpoint.enabled ? "yes" : `no (${endpoint.disabledReason ?? "disabled"})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" aria-live="polite" data-testid="redeliver-status">
        {message}
      </p>
      <h3>
        Deliveries ({data.deliveries.length} of {data.totalDeliveries}, newest first)
      </h3>
      <ol class="timeline" data-testid="deliveries">
        {data.deliveries.map((delivery) => (
          <li key={delivery.deliveryId} data-event-id={delivery.eventId} data-status={delivery.status}>
            <div class="delivery-head">
              <strong>{delivery.event}</strong> <code>{delivery.eventId}</code> →{" "}
              <code>{delivery.webhookId}</code>{" "}
              <span class={`status status-${delivery.status}`}>{delivery.status}</span>
              <button
                type="button"
                onClick={() => redeliver(delivery)}
                aria-label={`Redeliver ${delivery.eventId} to ${delivery.webhookId}`}
              >
                Redeliver
              </button>
            </div>
            <p>
              {delivery.attempts} attempt{delivery.attempts === 1 ? "" : "s"}; next retry:{" "}
              {time(delivery.nextAttemptAt)}
            </p>
            <details>
              <summary>Signed body</summary>
              <pre data-testid="delivery-body">{delivery.body}</pre>
            </details>
            {delivery.attemptLog.length > 0 && (
              <table class="attempts">
                <caption class="sr-only">Attempts of {delivery.deliveryId}</caption>
                <thead>
                  <tr>
                    <th scope="col">Attempt</th>
                    <th scope="col">At</th>
                    <th scope="col">Status code</th>
                    <th scope="col">Duration</th>
                    <th scope="col">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {delivery.attemptLog.map((attempt) => (
                    <tr key={attempt.attempt}>
                      <td>{attempt.attempt}</td>
                      <td>{time(attempt.at)}</td>
                      <td>{attempt.statusCode ?? "—"}</td>
                      <td>{attempt.durationMs} ms</td>
                      <td>{attempt.error ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
