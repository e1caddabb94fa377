/** The desktop sidebar's collapsed state, remembered in a cookie so the server renders it right. */
export const SIDEBAR_COOKIE = "bridges-sidebar";

export function isSidebarCollapsed(value: string | undefined): boolean {
  return value === "collapsed";
}
