import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "../env";
import { isAppError } from "../errors";
import { authenticateUser } from "../server/users/authenticate-user";
import { confirmSignUp } from "../server/users/confirm-sign-up";
import { findOpenSession, openSession, revokeSession, type SessionUser } from "../server/sessions/sessions";
import { confirmSignUpSchema, logInSchema } from "../validation/auth";
import { issueDeviceToken } from "./device-cookie";
import { deviceTokenOfRequest, rememberDevice } from "./login-client";
import { clientIp } from "./request-ip";

declare module "next-auth" {
  interface Session {
    sessionId: string;
    user: SessionUser & DefaultSession["user"];
  }
  interface User {
    sessionId?: string;
  }
}

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  // Credentials sign-in requires JWT sessions; each JWT names a row in AuthSession so that
  // logging out or changing the password really ends it (docs/decisions/0003-*).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = logInSchema.safeParse({ email: credentials.email, password: credentials.password });
        if (!parsed.success) return null;
        const result = await authenticateUser({
          email: parsed.data.email,
          password: parsed.data.password,
          ip: clientIp(request.headers),
          deviceToken: await deviceTokenOfRequest(),
          userAgent: request.headers.get("user-agent"),
        });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn();
          return null;
        }
        // Set through Next's cookie store, which both the login form's action and the raw
        // credentials endpoint add to their response.
        await rememberDevice(result.deviceToken);
        return { id: result.userId, email: result.email, sessionId: result.sessionId };
      },
    }),
    // The link e-mailed at sign-up creates the account and signs its owner in (request-sign-up.ts).
    Credentials({
      id: "sign-up-link",
      credentials: { token: {} },
      async authorize(credentials, request) {
        const parsed = confirmSignUpSchema.safeParse({ token: credentials.token });
        if (!parsed.success) return null;
        const user = await confirmSignUp(parsed.data.token).catch((error: unknown) => {
          if (isAppError(error)) return null;
          throw error;
        });
        if (!user) return null;
        const sessionId = await openSession(user.id, request.headers.get("user-agent"));
        await rememberDevice(issueDeviceToken(user.email, env().AUTH_SECRET));
        return { id: user.id, email: user.email, sessionId };
      },
    }),
  ],
  events: {
    // Auth.js's own /api/auth/signout ends the session row too, like the app's Log out: a copy
    // of the cookie is worth nothing afterwards.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid === "string" && typeof token.uid === "string") await revokeSession(token.uid, token.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.sessionId && user.id) {
        token.sid = user.sessionId;
        token.uid = user.id;
        return token;
      }
      if (typeof token.sid !== "string" || typeof token.uid !== "string") return null;
      const open = await findOpenSession(token.sid, token.uid);
      if (!open) return null;
      token.user = { id: open.id, email: open.email, name: open.name, timeZone: open.timeZone } satisfies SessionUser;
      return token;
    },
    session({ session, token }) {
      const user = token.user as SessionUser | undefined;
      if (!user) return { ...session, user: undefined as never };
      return { ...session, sessionId: token.sid as string, user: { ...session.user, ...user } };
    },
  },
}));
