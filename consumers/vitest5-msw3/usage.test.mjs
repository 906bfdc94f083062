// The mocks README's setups with Vitest 5 and msw 3 (this line's package.json), on Node 22, 24
// and 26.
import { describeReadmeUsage } from "./vitest-usage.mjs";

describeReadmeUsage();
