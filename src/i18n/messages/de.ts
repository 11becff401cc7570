import account from "./de/account.json";
import gallery from "./de/gallery.json";
import shell from "./de/shell.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...account, ...gallery };
