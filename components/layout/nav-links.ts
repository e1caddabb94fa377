// The signed-in sections. Add an entry when a section's page exists.
export const NAV_LINKS = [{ href: "/dashboard", label: "Dashboard" }] as const;
