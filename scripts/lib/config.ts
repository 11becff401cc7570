import nextEnv from "@next/env";
import { type Env, EnvError, getEnv } from "@/env";

/**
 * Loads .env files the way Next.js does, then validates the configuration.
 * A bad value ends the process with the variable's name.
 */
export function loadConfig(mode: "development" | "production"): Env {
  (process.env as Record<string, string>).NODE_ENV ??= mode;
  nextEnv.loadEnvConfig(process.cwd(), mode === "development", {
    info: () => {},
    error: console.error,
  });
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
