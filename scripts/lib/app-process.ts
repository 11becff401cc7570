import { type ChildProcess, spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/**
 * Runs the production build the way `npm start` does, in a child process, and
 * waits until /api/health answers. Used by the HTTP tests, the browser tests
 * and the benchmarks.
 */
export interface AppProcess {
  url: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * A port no one listens on, outside the kernel's ephemeral range (32768–60999
 * on Linux): a server listening on port 0 or an outgoing connection cannot
 * take it between this check and the app's own bind, which would leave the
 * caller talking to someone else's server.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20_000 + randomInt(12_000);
    if (await canListen(port)) return port;
  }
  throw new Error("no free port between 20000 and 32000");
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `the app exited with code ${child.exitCode} before it was healthy:\n${output()}`,
      );
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not become healthy within 90 s:\n${output()}`);
}

/** What `npm start` runs: scripts/serve.ts bundled by `npm run build`. */
const LAUNCHER = ".next/launcher/serve.mjs";

/** Whether `npm run build` has made both the Next.js build and the launcher. */
export function hasProductionBuild(): boolean {
  return existsSync(path.resolve(".next/BUILD_ID")) && existsSync(path.resolve(LAUNCHER));
}

export async function launchApp(options: {
  port?: number;
  env: Record<string, string>;
  /** Where the server's output goes instead of memory (benchmarks: a long run logs a lot). */
  logFile?: string;
}): Promise<AppProcess> {
  if (!hasProductionBuild()) {
    throw new Error("No production build found: run `npm run build` first.");
  }
  const port = options.port ?? (await freePort());
  const logFd = options.logFile ? openSync(options.logFile, "a") : undefined;
  const child = spawn(process.execPath, [LAUNCHER, "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: "",
      // Production refuses to start without SMTP_URL unless told to write mail to files.
      ...(!options.env.SMTP_URL && { MAIL_TRANSPORT: "file" }),
      ...options.env,
    },
    stdio: ["ignore", logFd ?? "pipe", logFd ?? "pipe"],
  });
  if (logFd !== undefined) closeSync(logFd);
  let printed = "";
  child.stdout?.on("data", (chunk) => (printed += chunk));
  child.stderr?.on("data", (chunk) => (printed += chunk));
  const output = () => (options.logFile ? readFileSync(options.logFile, "utf8") : printed);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child, output);
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    throw error;
  }
  return {
    url,
    process: child,
    output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
