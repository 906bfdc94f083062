import { useState } from "preact/hooks";
import { api } from "../api.js";
import { amount, maskedKey, time } from "../format.js";
import { useData } from "../use-data.js";

export function OverviewView() {
  const { data, error, reload } = useData(() => api.state(), []);
  const [verifying, setVerifying] = useState(false);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  return (
    <div class="overview">
      <h2>Overview</h2>
      <dl class="figures">
        <div>
          <dt>Mock clock</dt>
          <dd data-testid="clock">{time(data.now)}</dd>
        </div>
        <div>
          <dt>Verification</dt>
          <dd data-testid="verification">
            {data.verification}
            {data.verification === "manual" && (
              <button
                type="button"
                disabled={verifying}
                onClick={async () => {
                  setVerifying(true);
                  try {
                    await api.verifyNow();
                  } finally {
                    setVerifying(false);
                    reload();
                  }
                }}
              >
                Verify now
              </button>
            )}
          </dd>
        </div>
        <div>
          <dt>Active faults</dt>
          <dd data-testid="fault-count">{data.faults.length}</dd>
        </div>
      </dl>
      <table data-testid="tenants">
        <caption>Tenants</caption>
        <thead>
          <tr>
            <th scope="col">Tenant</th>
            <th scope="col">Plan</th>
            <th scope="col">Usage (period)</th>
            <th scope="col">Environment</th>
            <th scope="col" class="num">
              Customers
            </th>
            <th scope="col" class="num">
              Deltas (verified / pending / failed)
            </th>
            <th scope="col" class="num">
              Net balance
            </th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {data.tenants.flatMap((tenant) =>
            tenant.environments.map((environment, index) => (
              <tr key={`${tenant.tenantId}/${environment.environment}`} data-tenant={tenant.tenantId}>
                {index === 0 && (
                  <>
                    <th scope="row" rowSpan={tenant.environments.length}>
                      {tenant.name}
                      <br />
                      <code>{tenant.tenantId}</code>
                      {tenant.tenantId === data.defaultTenantId && <span class="badge">default</span>}
                    </th>
                    <td rowSpan={tenant.environments.length}>{tenant.plan}</td>
                    <td rowSpan={tenant.environments.length}>
                      {tenant.usage.consumedDeltas.toLocaleString("en-US")} /{" "}
                      {tenant.usage.includedDeltas === null
                        ? "∞"
                        : tenant.usage.includedDeltas.toLocaleString("en-US")}{" "}
                      ({tenant.usage.period})
                    </td>
                  </>
                )}
                <td>{environment.environment}</td>
                <td class="num">{environment.totalCustomers.toLocaleString("en-US")}</td>
                <td class="num" data-testid={`deltas-${tenant.tenantId}-${environment.environment}`}>
                  {environment.totalDeltas.toLocaleString("en-US")} (
                  {environment.verifiedDeltas.toLocaleString("en-US")} /{" "}
                  {environment.pendingDeltas.toLocaleString("en-US")} /{" "}
                  {environment.failedDeltas.toLocaleString("en-US")})
                </td>
                <td class="num">{amount(environment.netBalance)}</td>
                {index === 0 && (
                  <td rowSpan={tenant.environments.length}>
                    <ul class="keys">
                      {tenant.keys.map((key) => (
                        <li key={key.keyId}>
                          <code>{maskedKey(key.publicKey)}</code> {key.name} ({key.environment}, {key.status})
                        </li>
                      ))}
                    </ul>
                  </td>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
      <table data-testid="faults">
        <caption>Active faults</caption>
        <thead>
          <tr>
            <th scope="col">Fault</th>
            <th scope="col">Route</th>
            <th scope="col">Effect</th>
            <th scope="col">When</th>
            <th scope="col" class="num">
              Hits
            </th>
            <th scope="col">Left</th>
          </tr>
        </thead>
        <tbody>
          {data.faults.length === 0 && (
            <tr>
              <td colSpan={6}>None</td>
            </tr>
          )}
          {data.faults.map((fault) => (
            <tr key={fault.faultId}>
              <td>
                <code>{fault.faultId}</code>
              </td>
              <td>
                <code>{fault.route}</code>
              </td>
              <td>
                {[
                  fault.status !== null ? `status ${fault.status}` : null,
                  fault.networkError ? "network error" : null,
                  fault.latencyMs > 0 ? `${fault.latencyMs} ms latency` : null,
                ]
                  .filter(Boolean)
                  .join(", ")}
              </td>
              <td>{fault.when}</td>
              <td class="num">{fault.hits}</td>
              <td>{fault.remaining ?? "∞"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
