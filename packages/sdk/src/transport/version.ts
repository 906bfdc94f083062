/** The SDK version sent in `User-Agent`; kept equal to package.json by a test. */
export const SDK_VERSION = "0.1.0";

export const USER_AGENT = `pacspace-sdk-typescript/${SDK_VERSION}`;
