import { rootCertificates } from "node:tls";
import { Agent, ProxyAgent, type Dispatcher } from "undici";
import { schemeProblem } from "../address.js";
import { CamundaConfigError } from "../errors.js";
import { bypassesProxy } from "./no-proxy.js";

type Pem = string | Buffer;

/** Options of {@link createTlsFetch}. All are optional; certificates and keys are PEM text or buffers. */
export interface TlsFetchOptions {
  /** Extra root CA(s) to trust, added to Node's built-in roots (e.g. a self-managed cluster's CA). */
  ca?: Pem | Pem[];
  /** Client certificate (chain) for mutual TLS; needs `key`. */
  cert?: Pem;
  /** Private key of `cert`. */
  key?: Pem;
  /** Passphrase of an encrypted `key`. */
  passphrase?: string;
  /** Proxy for every request (both `http:` and `https:` targets), e.g. `http://proxy.local:3128`. */
  proxy?: string;
  /** Proxy for `https:` targets (`HTTPS_PROXY`); wins over `proxy`. */
  httpsProxy?: string;
  /** Proxy for `http:` targets (`HTTP_PROXY`); wins over `proxy`. */
  httpProxy?: string;
  /** Hosts that are reached directly (`NO_PROXY`), e.g. `localhost,.internal`. */
  noProxy?: string;
}

/** A fetch with its undici dispatcher(s); `close()` ends their connections. */
export interface TlsFetch {
  (input: Request | string | URL, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

function proxyUri(option: string, value: string): string {
  const problem = schemeProblem(option, value);
  if (problem) throw new CamundaConfigError(option, problem);
  try {
    new URL(value);
  } catch {
    throw new CamundaConfigError(option, `${option} is not a valid URL: use e.g. http://proxy.example:3128.`);
  }
  return value;
}

/**
 * A `fetch` that sends requests through an undici dispatcher with a custom CA, a client certificate (mTLS) and/or a
 * proxy (HTTP CONNECT). Pass the same fetch to `createCamundaClient({ fetch })` and to the auth options
 * (`{ fetch }`), so that API calls and token requests trust the same CA, present the same certificate and use the
 * same proxy. Uses Node's global fetch with the `dispatcher` option (https://undici.nodejs.org/#/docs/api/Dispatcher).
 *
 * @throws {CamundaConfigError} when only one of `cert` and `key` is given, or a proxy URL is malformed (the message
 *   never repeats the URL: it may carry credentials).
 * @example
 * import { readFileSync } from "node:fs";
 * const fetch = createTlsFetch({ ca: readFileSync("ca.pem"), cert: readFileSync("client.pem"), key: readFileSync("client-key.pem") });
 * const client = createCamundaClient({ baseUrl: "https://camunda.internal:8443", fetch });
 */
export function createTlsFetch(options: TlsFetchOptions = {}): TlsFetch {
  if (Boolean(options.cert) !== Boolean(options.key)) {
    throw new CamundaConfigError(
      options.cert ? "key" : "cert",
      "mutual TLS needs both a client certificate and its key: set both cert and key (CAMUNDA_MTLS_CERT_PATH and CAMUNDA_MTLS_KEY_PATH).",
    );
  }
  const extra = options.ca === undefined ? [] : Array.isArray(options.ca) ? options.ca : [options.ca];
  const tls = {
    ...(extra.length > 0 ? { ca: [...rootCertificates, ...extra] } : {}),
    ...(options.cert ? { cert: options.cert, key: options.key, passphrase: options.passphrase } : {}),
  };
  const direct = new Agent({ connect: tls });
  const proxies = new Map<string, Dispatcher>();
  const viaProxy = (option: string, uri: string | undefined): Dispatcher => {
    if (!uri) return direct;
    const known = proxies.get(uri);
    if (known) return known;
    const agent = new ProxyAgent({ uri: proxyUri(option, uri), requestTls: tls });
    proxies.set(uri, agent);
    return agent;
  };
  const forHttps = viaProxy(options.httpsProxy ? "httpsProxy" : "proxy", options.httpsProxy ?? options.proxy);
  const forHttp = viaProxy(options.httpProxy ? "httpProxy" : "proxy", options.httpProxy ?? options.proxy);

  const fetch = ((input: Request | string | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const dispatcher = bypassesProxy(url, options.noProxy) ? direct : url.protocol === "https:" ? forHttps : forHttp;
    return globalThis.fetch(input, { ...init, dispatcher } as RequestInit);
  }) as TlsFetch;
  fetch.close = async () => {
    await Promise.all([direct.close(), ...[...proxies.values()].map((p) => p.close())]);
  };
  return fetch;
}
