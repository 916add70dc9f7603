import { readFileSync } from "node:fs";
import { CamundaConfigError } from "../errors.js";
import { createTlsFetch, type TlsFetch, type TlsFetchOptions } from "./tls-fetch.js";
import { TLS_ENV } from "./variables.js";


function readPem(variable: string, path: string | undefined): Buffer | undefined {
  if (!path) return undefined;
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? "unreadable";
    throw new CamundaConfigError(variable, `${variable} points to ${JSON.stringify(path)}, which cannot be read (${code}): fix the path or unset ${variable}.`, { cause: error });
  }
}

/**
 * Reads TLS and proxy settings from the environment: `CAMUNDA_CUSTOM_ROOT_CERT_PATH` (extra CA, PEM file),
 * `CAMUNDA_MTLS_CERT_PATH` and `CAMUNDA_MTLS_KEY_PATH` (client certificate and key, PEM files), `HTTPS_PROXY`,
 * `HTTP_PROXY` and `NO_PROXY` (or their lower-case forms, which win, as in curl). The file contents are read now.
 * See https://docs.camunda.io/docs/apis-tools/node-js-sdk/ (Camunda's variable names).
 *
 * @throws {CamundaConfigError} naming the variable when a file cannot be read.
 * @example
 * const options = tlsOptionsFromEnv(); // { ca, cert, key, httpsProxy, noProxy } as set
 */
export function tlsOptionsFromEnv(env: Record<string, string | undefined> = process.env): TlsFetchOptions {
  const pick = (name: string) => env[name.toLowerCase()] || env[name] || undefined;
  const options: TlsFetchOptions = {};
  const ca = readPem(TLS_ENV.ca, env[TLS_ENV.ca]);
  const cert = readPem(TLS_ENV.cert, env[TLS_ENV.cert]);
  const key = readPem(TLS_ENV.key, env[TLS_ENV.key]);
  if (ca) options.ca = ca;
  if (cert) options.cert = cert;
  if (key) options.key = key;
  const httpsProxy = pick("HTTPS_PROXY");
  const httpProxy = pick("HTTP_PROXY");
  const noProxy = pick("NO_PROXY");
  if (httpsProxy) options.httpsProxy = httpsProxy;
  if (httpProxy) options.httpProxy = httpProxy;
  if (noProxy) options.noProxy = noProxy;
  return options;
}

/**
 * `createTlsFetch(tlsOptionsFromEnv(env))`: one fetch for the client and the token requests, set up from the same
 * variables `authFromEnv` and the CLI read.
 *
 * @example
 * const fetch = createTlsFetchFromEnv();
 * const client = createCamundaClient({ baseUrl: process.env.ZEEBE_REST_ADDRESS!, fetch });
 */
export function createTlsFetchFromEnv(env: Record<string, string | undefined> = process.env): TlsFetch {
  return createTlsFetch(tlsOptionsFromEnv(env));
}
