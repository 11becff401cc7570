import account from "./de/account.json";
import orders from "./de/orders.json";
import portal from "./de/portal.json";
import publicPages from "./de/public.json";
import shell from "./de/shell.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...publicPages, ...portal, ...orders };
