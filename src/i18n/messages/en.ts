import account from "./en/account.json";
import dashboard from "./en/dashboard.json";
import gallery from "./en/gallery.json";
import orders from "./en/orders.json";
import portal from "./en/portal.json";
import projects from "./en/projects.json";
import publicPages from "./en/public.json";
import settings from "./en/settings.json";
import shell from "./en/shell.json";
import ui from "./en/ui.json";

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
