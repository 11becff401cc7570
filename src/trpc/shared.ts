/** The most calls one tRPC HTTP request may carry; the client batches up to the same number. */
export const MAX_BATCH_SIZE = 10;
