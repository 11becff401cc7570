import { createRestHandler } from "@/server/rest/handler";
import { backofficeApi } from "@/server/rest/v1-routes";

export const dynamic = "force-dynamic";

const handler = createRestHandler(backofficeApi);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
