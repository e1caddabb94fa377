import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Test runs build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.BRIDGES_DIST_DIR || ".next",
  // Native and server-only packages stay out of the bundle and load from node_modules.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "@prisma/adapter-pg", "pg", "nodemailer", "pg-boss"],
  typedRoutes: false,
};

export default nextConfig;
