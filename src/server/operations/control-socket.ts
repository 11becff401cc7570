import { chmod, mkdir, rm } from "node:fs/promises";
import { connect, createServer, type Socket } from "node:net";
import path from "node:path";
import { getDatabase } from "@/server/db";
import { getLogger } from "@/server/logger";
import type { HeldSnapshot } from "./database-snapshot";
import { holdPhotoDeletions } from "./photo-deletion-hold";

/**
 * The running app's door for operations on its own machine: a Unix socket in
 * DATA_DIR/run (a folder only the app's user may enter; the socket is 0600),
 * never reachable over the network. Only the embedded database needs it: the
 * app holds the PGlite folder exclusively, so `npm run db:backup` asks the app
 * for a snapshot instead of opening the folder.
 *
 * The protocol is one JSON line from the client, `{"command":"snapshot"}`,
 * answered by one JSON line, `{"ok":true,"size":N}` followed by N bytes (a
 * gzipped tar of the database), or `{"ok":false,"error":"…"}`. From the request
 * until the client closes the connection, the app defers deleting photo files,
 * so the photos of every row in the snapshot can still be copied.
 */
export function controlSocketPath(dataDir: string): string {
  return path.join(dataDir, "run", "control.sock");
}

/** Linux allows 108 bytes for a socket's path, macOS 104, both counting the final NUL. */
const MAX_SOCKET_PATH_BYTES = 103;
const MAX_REQUEST_BYTES = 1024;

export interface ControlSocket {
  /** Stops listening, lets a snapshot in progress finish, and ends every connection. */
  close(): Promise<void>;
}

/** Starts the control socket of the embedded database; null on PostgreSQL or when it cannot listen. */
export async function startControlSocket(env: {
  DATABASE_URL?: string;
  dataDir: string;
}): Promise<ControlSocket | null> {
  if (env.DATABASE_URL) return null;
  const log = getLogger();
  const file = controlSocketPath(env.dataDir);
  if (Buffer.byteLength(file) > MAX_SOCKET_PATH_BYTES) {
    log.warn(
      { file },
      "DATA_DIR's path is too long for a control socket; db:backup needs the app stopped",
    );
    return null;
  }
  if (await answers(file)) {
    log.warn({ file }, "another process answers on the control socket; not starting one");
    return null;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await chmod(path.dirname(file), 0o700);
  await rm(file, { force: true }); // left by a process that did not shut down

  const connections = new Set<Socket>();
  const inProgress = new Set<Promise<void>>();
  const server = createServer((socket) => {
    // A client that goes away mid-answer must not take the app down.
    socket.on("error", () => socket.destroy());
    connections.add(socket);
    const served = serve(socket).catch((error: unknown) => {
      log.error({ err: error }, "control socket request failed");
      socket.destroy();
    });
    inProgress.add(served);
    void served.finally(() => inProgress.delete(served));
    socket.once("close", () => connections.delete(socket));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(file, () => resolve());
    });
  } catch (error) {
    log.warn(
      { err: error, file },
      "control socket could not listen; db:backup needs the app stopped",
    );
    return null;
  }
  await chmod(file, 0o600);
  return {
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(inProgress);
      for (const socket of connections) socket.destroy();
      await closed;
      await rm(file, { force: true });
    },
  };
}

async function answers(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(file);
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

async function serve(socket: Socket): Promise<void> {
  const request = await firstLine(socket);
  let command: unknown;
  try {
    command = (JSON.parse(request) as { command?: unknown }).command;
  } catch {
    command = undefined;
  }
  if (command !== "snapshot") {
    socket.end(`${JSON.stringify({ ok: false, error: "unknown command" })}\n`);
    return;
  }
  const release = holdPhotoDeletions();
  socket.once("close", () => void release());
  if (socket.destroyed) void release(); // the client left before the hold began
  const database = getDatabase();
  if (!database.snapshot) throw new Error("the database has no snapshot (not PGlite)");
  const tar = await database.snapshot();
  socket.write(`${JSON.stringify({ ok: true, size: tar.byteLength })}\n`);
  socket.write(tar);
}

function firstLine(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    const onData = (chunk: Buffer) => {
      received += chunk.toString("utf8");
      const end = received.indexOf("\n");
      if (end >= 0) {
        socket.off("data", onData);
        resolve(received.slice(0, end));
      } else if (received.length > MAX_REQUEST_BYTES) {
        socket.off("data", onData);
        reject(new Error("control request too long"));
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.once("end", () => reject(new Error("control connection closed before a request")));
  });
}

/**
 * Asks the app running on `dataDir` for a snapshot. Null when no app answers
 * (no socket, or one left by a process that is gone).
 */
export async function requestSnapshot(dataDir: string): Promise<HeldSnapshot | null> {
  const file = controlSocketPath(dataDir);
  const socket = await new Promise<Socket | null>((resolve, reject) => {
    const client = connect(file);
    client.once("connect", () => resolve(client));
    client.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(null);
      else reject(error);
    });
  });
  if (!socket) return null;
  try {
    socket.write(`${JSON.stringify({ command: "snapshot" })}\n`);
    const tar = await readAnswer(socket);
    // Should the app stop meanwhile, its deletions stop with it: nothing to report.
    socket.on("error", () => {});
    return {
      tar,
      release() {
        socket.end();
      },
    };
  } catch (error) {
    socket.destroy();
    throw error;
  }
}

function readAnswer(socket: Socket): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let header: Buffer | undefined = Buffer.alloc(0);
    let size = 0;
    const body: Buffer[] = [];
    let received = 0;
    const finish = (outcome: () => void) => {
      socket.off("data", onData);
      socket.off("close", onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      if (header) {
        header = Buffer.concat([header, chunk]);
        const end = header.indexOf("\n");
        if (end < 0) return;
        const answer = JSON.parse(header.subarray(0, end).toString("utf8")) as {
          ok: boolean;
          size?: number;
          error?: string;
        };
        if (!answer.ok || typeof answer.size !== "number") {
          finish(() => reject(new Error(`the app refused the snapshot: ${answer.error}`)));
          return;
        }
        size = answer.size;
        chunk = header.subarray(end + 1);
        header = undefined;
      }
      body.push(chunk);
      received += chunk.length;
      if (received >= size) {
        finish(() => resolve(new Uint8Array(Buffer.concat(body, received).subarray(0, size))));
      }
    };
    const onClose = () =>
      finish(() =>
        reject(new Error("the app closed the control socket before the snapshot was complete")),
      );
    socket.on("data", onData);
    socket.once("close", onClose);
    socket.once("error", (error) => finish(() => reject(error)));
  });
}
