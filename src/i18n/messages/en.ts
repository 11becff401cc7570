import account from "./en/account.json";
import gallery from "./en/gallery.json";
import shell from "./en/shell.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...gallery };
