import { Moon, Sun, SunMoon } from "lucide-react";
import { cookies } from "next/headers";
import { nextTheme, parseTheme, THEME_COOKIE } from "@/lib/theme";

async function cycleTheme() {
  "use server";
  const store = await cookies();
  const theme = nextTheme(parseTheme(store.get(THEME_COOKIE)?.value));
  store.set(THEME_COOKIE, theme, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}

const LABELS = { system: "System theme", light: "Light theme", dark: "Dark theme" } as const;
const ICONS = { system: SunMoon, light: Sun, dark: Moon } as const;

/** Cycles system → light → dark; a plain form, so it works without JavaScript. */
export async function ThemeToggle() {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const Icon = ICONS[theme];
  return (
    <form action={cycleTheme}>
      <button
        type="submit"
        title={`${LABELS[theme]} (click to change)`}
        aria-label={`${LABELS[theme]}, change theme`}
        className="rounded-md p-2 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <Icon aria-hidden className="size-5" strokeWidth={1.75} />
      </button>
    </form>
  );
}
