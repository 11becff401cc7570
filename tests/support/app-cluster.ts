import { freePort, launchApp, type AppProcess } from "../../scripts/lib/app-process";
import { startRoundRobinProxy } from "../../scripts/lib/round-robin-proxy";

/**
 * Several instances of the built app, started at once (so they race to
 * migrate their shared database), behind a round-robin proxy: a deployment
 * with a load balancer and no sticky sessions, on loopback.
 */
export interface AppCluster extends AppProcess {
  instances: AppProcess[];
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

export async function launchCluster(options: {
  count: number;
  env: Record<string, string>;
  port?: number;
  /** Keep the X-Forwarded-For a client sends, as a second trusted proxy in front would. */
  trustForwardedFor: boolean;
}): Promise<AppCluster> {
  const [proxyPort, ...ports] = await distinctFreePorts(options.count + 1);
  const proxy = await startRoundRobinProxy({
    port: options.port ?? proxyPort,
    upstreams: ports.map((port) => `http://127.0.0.1:${port}`),
    trustForwardedFor: options.trustForwardedFor,
  });
  // Sign-in links and redirects name the proxy, whichever instance makes them.
  const nextAuthUrl = proxy.url.replace("127.0.0.1", "localhost");
  const env = { NEXTAUTH_URL: nextAuthUrl, ...options.env, TRUST_PROXY: "true" };

  const started = await Promise.allSettled(ports.map((port) => launchApp({ port, env })));
  const instances = started.flatMap((result) =>
    result.status === "fulfilled" ? [result.value] : [],
  );
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(instances.map((instance) => instance.stop()));
    await proxy.close();
    throw failure.reason;
  }

  return {
    url: proxy.url,
    instances,
    process: instances[0]!.process,
    output: () => instances.map((instance) => instance.output()).join("\n"),
    /** Every instance finishes its requests (through the proxy) before the proxy closes. */
    async stop() {
      const codes = await Promise.all(instances.map((instance) => instance.stop()));
      await proxy.close();
      return codes.find((code) => code !== 0) ?? 0;
    },
  };
}
