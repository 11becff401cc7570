import account from "./de/account.json";
import dashboard from "./de/dashboard.json";
import gallery from "./de/gallery.json";
import orders from "./de/orders.json";
import portal from "./de/portal.json";
import projects from "./de/projects.json";
import publicPages from "./de/public.json";
import settings from "./de/settings.json";
import shell from "./de/shell.json";
import ui from "./de/ui.json";

/** One file per part of the product; each names its own namespaces. */
export default {
  ...shell,
  ...ui,
  ...account,
  ...dashboard,
  ...projects,
  ...publicPages,
  ...portal,
  ...orders,
  ...settings,
  ...gallery,
};
