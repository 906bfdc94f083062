import type { Hex } from "@pacspace/sdk/core";
import { useMemo, useState } from "preact/hooks";
import { api } from "../api.js";
import { amount, short, time } from "../format.js";
import { inclusionPath, merkleLevels } from "../merkle-tree.js";
import type { Checkpoint, VerifyProofResult } from "../types.js";
import { useData } from "../use-data.js";

/** Trees with more leaves show only the chosen leaf's path, not every node. */
const MAX_DRAWN_LEAVES = 64;

export function ProofsView() {
  const { data, error } = useData(() => api.checkpoints(), []);
  const [chosen, setChosen] = useState<Checkpoint | null>(null);
  return (
    <div class="proofs">
      <h2>Proofs</h2>
      {error && <p role="alert">{error}</p>}
      {data && (
        <table data-testid="checkpoints">
          <caption>Checkpoints, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Checkpoint</th>
              <th scope="col">Customer</th>
              <th scope="col" class="num">
                Deltas
              </th>
              <th scope="col">Status</th>
              <th scope="col">Root</th>
            </tr>
          </thead>
          <tbody>
            {data.checkpoints.length === 0 && (
              <tr>
                <td colSpan={5}>No checkpoint yet</td>
              </tr>
            )}
            {data.checkpoints.map((checkpoint) => (
              <tr
                key={checkpoint.checkpointId}
                aria-current={chosen?.checkpointId === checkpoint.checkpointId ? "true" : undefined}
              >
                <td>
                  <button type="button" onClick={() => setChosen(checkpoint)}>
                    {checkpoint.checkpointId}
                  </button>
                </td>
                <td>{checkpoint.customerId}</td>
                <td class="num">{checkpoint.deltaCount}</td>
                <td>{checkpoint.status}</td>
                <td>
                  <code title={checkpoint.proofRoot}>{short(checkpoint.proofRoot)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && <ProofTree key={chosen.checkpointId} checkpoint={chosen} />}
    </div>
  );
}

function ProofTree(props: { checkpoint: Checkpoint }) {
  const { checkpoint } = props;
  const { data, error } = useData(() => api.verifyProof(checkpoint.proofRoot), [checkpoint.proofRoot], false);
  const [leaf, setLeaf] = useState(0);
  const levels = useMemo(
    () => (data ? merkleLevels(data.records.map((record) => record.contentHash as Hex)) : null),
    [data],
  );
  if (error) return <p role="alert">{error}</p>;
  if (!data || !levels) return <p aria-busy="true">Verifying {short(checkpoint.proofRoot)}…</p>;
  const root = levels[levels.length - 1]?.[0] ?? null;
  const rootMatches = root === data.proofRoot;
  const path = inclusionPath(levels, leaf);
  return (
    <section aria-labelledby="proof-title" data-testid="proof">
      <h3 id="proof-title">
        Merkle tree of {checkpoint.checkpointId} ({data.records.length} leaves)
      </h3>
      <VerificationResult result={data} rootMatches={rootMatches} />
      <label>
        Delta{" "}
        <select name="leaf" value={leaf} onChange={(e) => setLeaf(Number(e.currentTarget.value))}>
          {data.records.map((record, index) => (
            <option key={record.contentHash} value={index}>
              #{record.sequenceNumber}: {amount(Number(record.amount))} {record.reason}
            </option>
          ))}
        </select>
      </label>
      {data.records.length <= MAX_DRAWN_LEAVES ? (
        <ol class="tree" aria-label="Tree levels, root first" data-testid="merkle-tree">
          {[...levels].reverse().map((level, reversed) => {
            const depth = levels.length - 1 - reversed;
            const step = path[depth];
            return (
              <li key={depth} class="level">
                <span class="level-name">
                  {depth === 0 ? "Leaves" : depth === levels.length - 1 ? "Root" : `Level ${depth}`}
                </span>
                <ol>
                  {level.map((hash, index) => {
                    const role =
                      step?.node === index
                        ? "path"
                        : step?.sibling === index && depth < levels.length - 1
                          ? "sibling"
                          : "";
                    return (
                      <li
                        key={`${depth}-${index}`}
                        class={`node ${role}`}
                        data-role={role || undefined}
                        title={hash}
                      >
                        {depth === 0 ? (
                          <button type="button" aria-pressed={index === leaf} onClick={() => setLeaf(index)}>
                            {short(hash, 6)}
                          </button>
                        ) : (
                          <code>{short(hash, 6)}</code>
                        )}
                        {role && (
                          <span class="sr-only">
                            {role === "path" ? " (on the inclusion path)" : " (sibling in the proof)"}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </li>
            );
          })}
        </ol>
      ) : (
        <ol class="path" aria-label="Inclusion path, leaf first" data-testid="merkle-path">
          {path.map((step, depth) => (
            <li key={depth}>
              Level {depth}: node <code>{short(levels[depth]?.[step.node] ?? "")}</code>
              {depth < levels.length - 1 && (
                <>
                  {" "}
                  with sibling <code>{short(levels[depth]?.[step.sibling] ?? "")}</code>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function VerificationResult(props: { result: VerifyProofResult; rootMatches: boolean }) {
  const { result, rootMatches } = props;
  return (
    <dl class="figures" data-testid="verification-result">
      <div>
        <dt>Public verification</dt>
        <dd data-testid="verified">{result.verified ? "verified" : "not verified"}</dd>
      </div>
      <div>
        <dt>Root recomputed from the leaves</dt>
        <dd data-testid="root-match">{rootMatches ? "matches" : "does not match"}</dd>
      </div>
      <div>
        <dt>Anchored</dt>
        <dd>{time(result.verification.anchoredAt ?? null)}</dd>
      </div>
      <div>
        <dt>Records / net change</dt>
        <dd>
          {result.summary.recordCount} / {amount(Number(result.summary.netChange))}
        </dd>
      </div>
    </dl>
  );
}
