import account from "./de/account.json";
import shell from "./de/shell.json";
import settings from "./de/settings.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...settings };
