import path from 'node:path';
import proxyAddr from '@fastify/proxy-addr';

/** Settings from the environment; README "Configuration" documents each. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Proxies whose X-Forwarded-For/-Proto are believed (Fastify's `trustProxy`); false: none. */
  trustProxy: boolean | string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0–65535), not "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.STRATMAP_DATA_DIR ?? './data'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

/**
 * TRUST_PROXY: unset or `false` trusts no proxy; `true` trusts any (only when nothing can reach
 * the server except through the proxy); otherwise the proxies' addresses or CIDR ranges, separated
 * by commas (`127.0.0.1`, `10.0.0.0/8`, `loopback`, …), checked by the library Fastify itself uses.
 */
export function parseTrustProxy(value: string | undefined): boolean | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text.toLowerCase() === 'false') return false;
  if (text.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(text)) {
    throw new Error(
      `TRUST_PROXY=${text}: a hop count cannot tell the proxy from a client that sends the headers itself, and Fastify ignores it; name the proxy's address instead, e.g. TRUST_PROXY=127.0.0.1 or TRUST_PROXY=10.0.0.0/8`,
    );
  }
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(list);
  } catch (error) {
    throw new Error(
      `TRUST_PROXY=${text}: ${(error as Error).message}; give true, false, or addresses and CIDR ranges separated by commas, e.g. 127.0.0.1,10.0.0.0/8`,
    );
  }
  return list;
}
