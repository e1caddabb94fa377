import { Bell, Briefcase, CalendarClock, ChartColumn, Inbox, LayoutDashboard, Mail, Settings, SquareKanban, Upload, Users, type LucideIcon } from "lucide-react";

// The signed-in sections, in menu order. Add an entry (one line) when a section's page exists;
// without an icon it gets a plain dot.
export const NAV_LINKS: readonly { href: string; label: string; icon?: LucideIcon }[] = [
  { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard },
  { href: "/applications", label: "Applications", icon: Briefcase },
  { href: "/board", label: "Board", icon: SquareKanban },
  { href: "/contacts", label: "Contacts", icon: Users },
  { href: "/follow-ups", label: "Follow-ups", icon: CalendarClock },
  { href: "/letters", label: "Letters", icon: Mail },
  { href: "/notifications", label: "Notifications", icon: Bell },
  { href: "/inbox", label: "Inbox", icon: Inbox },
  { href: "/insights", label: "Insights", icon: ChartColumn },
  { href: "/import", label: "Import", icon: Upload },
  { href: "/settings", label: "Settings", icon: Settings },
];
