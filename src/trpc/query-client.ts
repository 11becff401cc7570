import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";

/** One QueryClient per request on the server, one per tab in the browser. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Data prefetched by a server component is fresh for a while: no refetch on hydration.
      queries: { staleTime: 30_000, retry: 1 },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}
