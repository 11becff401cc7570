import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "../../scripts/lib/app-process";

const run = promisify(execFile);

/**
 * A PostgreSQL server of the test's own, to stop and start without touching
 * the suite's shared server: a fresh cluster in a temporary folder, on a free
 * loopback port, trust authentication. PostgreSQL refuses to run as root, so
 * when the tests run as root its commands run as the `postgres` user.
 */
export interface PrivatePostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: clients are disconnected, connecting is refused. */
  stop(): Promise<void>;
  /** Stops the server and deletes its cluster; a second call does nothing. */
  remove(): Promise<void>;
}

const POSTGRES_ROOT = "/usr/lib/postgresql";

/** The folder of initdb and pg_ctl (the newest installed major), or undefined. */
export function postgresBinaries(): string | undefined {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const majors = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(path.join(POSTGRES_ROOT, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] && path.join(POSTGRES_ROOT, majors[0], "bin");
}

/** Why a private server cannot run here, or undefined when it can. */
export function privatePostgresUnavailable(): string | undefined {
  if (!postgresBinaries()) return `no PostgreSQL server binaries under ${POSTGRES_ROOT}`;
  if (process.getuid?.() !== 0) return undefined;
  if (!/^postgres:/m.test(readFileSync("/etc/passwd", "utf8")))
    return "running as root, and there is no postgres user to run PostgreSQL as";
  if (!runuser()) return "running as root, and runuser (to run PostgreSQL as postgres) is missing";
  return undefined;
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run("id", ["postgres"]);
  const uid = /uid=(\d+)/.exec(stdout)?.[1];
  const gid = /gid=(\d+)/.exec(stdout)?.[1];
  if (!uid || !gid) throw new Error(`cannot read the postgres user's ids from: ${stdout}`);
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error(privatePostgresUnavailable());
  const asRoot = process.getuid?.() === 0;
  const folder = await mkdtemp(path.join(tmpdir(), "private-postgres-"));
  const dataDir = path.join(folder, "data");
  // The socket folder is the cluster's folder: nothing else listens there.
  const socketDir = folder;
  if (asRoot) {
    const { uid, gid } = await postgresIds();
    await chown(folder, uid, gid);
    await chmod(folder, 0o700);
  }
  const command = (tool: string, args: string[]) =>
    asRoot
      ? run(runuser()!, ["-u", "postgres", "--", path.join(bin, tool), ...args])
      : run(path.join(bin, tool), args);

  await command("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--no-sync",
    "--encoding=UTF8",
    "--locale=C",
  ]);
  const port = await freePort();
  const serverOptions = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  let removed = false;

  const server: PrivatePostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await command("pg_ctl", [
        "start",
        "-D",
        dataDir,
        "-w",
        "-s",
        "-l",
        path.join(folder, "server.log"),
        "-o",
        serverOptions,
      ]);
      running = true;
    },
    async stop() {
      await command("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w", "-s"]);
      running = false;
    },
    async remove() {
      if (removed) return;
      removed = true;
      if (running) await server.stop().catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    },
  };
  try {
    await server.start();
  } catch (error) {
    await server.remove();
    throw error;
  }
  return server;
}

/** runuser's path: it lives in an sbin folder, which a PATH need not include. */
function runuser(): string | undefined {
  return ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((file) =>
    existsSync(file),
  );
}
