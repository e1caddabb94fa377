import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/actions/body-limit";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Test runs build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.BRIDGES_DIST_DIR || ".next",
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "@prisma/adapter-pg", "pg", "nodemailer", "pg-boss"],
  typedRoutes: false,
  // bench/profile.ts reads function names; an unminified server build keeps them.
  experimental: {
    serverMinification: process.env.BRIDGES_PROFILE_UNMINIFIED !== "1",
    // Stated here so that proxy.ts (413) and the import's chunks (lib/import/chunk-rows.ts) agree with it.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
};

export default nextConfig;
