import type { MetadataRoute } from "next";

// Makes Bridges installable as an app (Chromium's install prompt, "Add to Home Screen"). The
// icons are drawn from app/icon.svg; the maskable one keeps the bridge inside the safe zone.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Bridges — job search CRM",
    short_name: "Bridges",
    description: "Track applications, interviews and the people you meet; turn every rejection into relationship work.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1f57d1",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
