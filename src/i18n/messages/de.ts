import account from "./de/account.json";
import projects from "./de/projects.json";
import shell from "./de/shell.json";
import ui from "./de/ui.json";

/** One file per part of the product; each names its own namespaces. */
export default { ...shell, ...ui, ...account, ...projects };
