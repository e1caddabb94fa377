"use client";

import { useState } from "react";
import { AccountMenuTrigger } from "./account-menu-trigger";

type LoadedMenu = (typeof import("./loaded-account-menu"))["LoadedAccountMenu"];
const loadMenu = () => import("./loaded-account-menu").then((module) => module.LoadedAccountMenu);

/**
 * The signed-in person's menu: who is signed in, Settings, Log out. The menu's code (Radix) loads
 * when the button is first pointed at or pressed, so it stays off every page's first load; the
 * button looks the same before and after.
 */
export function AccountMenu({ email }: { email: string }) {
  const [Menu, setMenu] = useState<LoadedMenu | null>(null);
  const [wanted, setWanted] = useState(false);
  if (Menu && wanted) return <Menu email={email} />;
  const want = () => {
    setWanted(true);
    void loadMenu().then((loaded) => setMenu(() => loaded));
  };
  return (
    <AccountMenuTrigger
      email={email}
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={want}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") want();
      }}
    />
  );
}
