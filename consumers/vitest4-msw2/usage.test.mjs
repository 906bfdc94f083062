// The mocks README's setups with Vitest 4 and msw 2 (this line's package.json), on Node 20.
import { describeReadmeUsage } from "./vitest-usage.mjs";

describeReadmeUsage();
