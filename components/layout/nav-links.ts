// The signed-in sections, in menu order. Add an entry (one line) when a section's page exists.
export const NAV_LINKS: readonly { href: string; label: string }[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/applications", label: "Applications" },
  { href: "/board", label: "Board" },
  { href: "/contacts", label: "Contacts" },
  { href: "/follow-ups", label: "Follow-ups" },
  { href: "/letters", label: "Letters" },
  { href: "/notifications", label: "Notifications" },
  { href: "/inbox", label: "Inbox" },
  { href: "/insights", label: "Insights" },
  { href: "/import", label: "Import" },
  { href: "/settings", label: "Settings" },
];
