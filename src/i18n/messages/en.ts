import account from "./en/account.json";
import dashboard from "./en/dashboard.json";
import shell from "./en/shell.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...dashboard };
