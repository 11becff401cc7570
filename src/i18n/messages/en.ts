import account from "./en/account.json";
import orders from "./en/orders.json";
import portal from "./en/portal.json";
import publicPages from "./en/public.json";
import shell from "./en/shell.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...publicPages, ...portal, ...orders };
