/**
 * Exact decimal sum of 10^6 amounts against a plain float sum of the same numbers. The ratio
 * is the price of exactness (parsing each number's shortest decimal form, BigInt adds).
 * Reported, no goal.
 */
import { Decimal } from "../src/core/decimal.js";
import { compare, format, heading, line, type Timing } from "./harness.js";

const AMOUNTS = 1_000_000;

/** Cent amounts between −50.00 and 249.99, like usage debits and credits. */
function makeAmounts(count: number): number[] {
  let state = 0x2545f491;
  return Array.from({ length: count }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (((state >>> 0) % 30_000) - 5_000) / 100;
  });
}

export async function benchDecimal(): Promise<void> {
  heading(`Decimal sum of ${AMOUNTS.toLocaleString("en-US")} amounts`);
  const amounts = makeAmounts(AMOUNTS);
  const [float, exact] = (await compare(
    [
      {
        name: "plain float sum",
        run: () => {
          let sum = 0;
          for (const amount of amounts) sum += amount;
          return sum;
        },
      },
      { name: "Decimal.sum(amounts)", run: () => Decimal.sum(amounts) },
    ],
    { rounds: 3 },
  )) as [Timing, Timing];
  let floatSum = 0;
  for (const amount of amounts) floatSum += amount;
  const exactSum = Decimal.sum(amounts).toString();
  console.log(line(float, AMOUNTS));
  console.log(line(exact, AMOUNTS, float));
  console.log(
    `  ratio Decimal / float: ${format(exact.bestMs / float.bestMs)}× (exact ${exactSum}, float ${floatSum})`,
  );
}
