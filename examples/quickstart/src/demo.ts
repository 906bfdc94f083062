import { merkleRoot } from "@pacspace/sdk/proofs";

console.log(merkleRoot([]));
