import { adminApi } from "@/server/rest/admin-routes";
import { createRestHandler } from "@/server/rest/handler";

export const dynamic = "force-dynamic";

const handler = createRestHandler(adminApi);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
