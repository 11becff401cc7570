import account from "./en/account.json";
import shell from "./en/shell.json";
import settings from "./en/settings.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...settings };
