// The signed-in sections. Add an entry when a section's page exists.
export const NAV_LINKS = [{ href: "/dashboard", label: "Dashboard" }, { href: "/follow-ups", label: "Follow-ups" }, { href: "/notifications", label: "Notifications" }, { href: "/settings", label: "Settings" }] as const;
