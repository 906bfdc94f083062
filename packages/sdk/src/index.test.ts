import { describe, expect, it } from "vitest";
import * as sdk from "./index.js";

describe("the public surface of @pacspace/sdk", () => {
  it("exports exactly the deliberate runtime values", () => {
    expect(Object.keys(sdk).sort()).toEqual(
      [
        "APIError",
        "APIPromise",
        "AuthenticationError",
        "BalanceResource",
        "CadenceLimitError",
        "ConflictError",
        "ConnectionError",
        "ContractNotDeployedError",
        "DEFAULT_BASE_URL",
        "Decimal",
        "IdempotencyPendingError",
        "InternalServerError",
        "InvalidScopeCombinationError",
        "MAX_BATCH_SIZE",
        "NotFoundError",
        "PacSpace",
        "PacSpaceDashboard",
        "PacSpaceError",
        "PagePromise",
        "PaymentRequiredError",
        "PermissionDeniedError",
        "ProofVerificationError",
        "RateLimitError",
        "ReceiptsResource",
        "ScopeTooWideError",
        "ServiceUnavailableError",
        "SDK_VERSION",
        "TimeoutError",
        "ValidationError",
        "WebhookVerificationError",
        "Webhooks",
        "createPacSpaceFetch",
        "createRawClient",
        "errorFromResponse",
        "getResponseMeta",
        "isErrorResponse",
        "isMfaChallenge",
        "parseApiKey",
        "receiptEmailBody",
        "throwIfError",
      ].sort(),
    );
  });
});
