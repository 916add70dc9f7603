// A fetch for token requests that trusts a custom root certificate and/or presents a client certificate (mTLS).
// undici is imported only when this fetch is first used, so programs without TLS settings never load it; the
// specifier is a variable so that bundlers (esbuild, rolldown) leave it out of the bundle too.
import { AuthConfigError } from "./errors.js";
import type { TokenFetch } from "./token-request.js";

/** Paths of the TLS files (`CAMUNDA_CUSTOM_ROOT_CERT_PATH`, `CAMUNDA_MTLS_CERT_PATH`, `CAMUNDA_MTLS_KEY_PATH`). */
export interface TlsFiles {
  caPath?: string | undefined;
  certPath?: string | undefined;
  keyPath?: string | undefined;
}

/**
 * A fetch using an undici `Agent` with the given CA (added to Node's root certificates) and client certificate/key.
 * The files are read on first use; a missing file fails the token request with an {@link AuthConfigError} naming
 * the variable.
 *
 * @example
 * const fetch = createTlsFetch({ caPath: "/etc/ssl/my-ca.pem" });
 * const provider = createOAuthTokenProvider({ clientId, clientSecret, tokenUrl, fetch });
 */
const UNDICI: string = "undici";

export function createTlsFetch(files: TlsFiles): TokenFetch {
  let ready: Promise<TokenFetch> | undefined;
  const load = async (): Promise<TokenFetch> => {
    const [{ Agent, fetch }, { readFile }, { rootCertificates }] = await Promise.all([
      import(UNDICI) as Promise<typeof import("undici")>,
      import("node:fs/promises"),
      import("node:tls"),
    ]);
    const read = async (path: string | undefined, variable: string) => {
      if (!path) return undefined;
      try {
        return await readFile(path);
      } catch (e) {
        throw new AuthConfigError(variable, `${variable} names a file that cannot be read (${(e as { code?: string }).code ?? "error"}); check the path.`);
      }
    };
    const [ca, cert, key] = await Promise.all([
      read(files.caPath, "CAMUNDA_CUSTOM_ROOT_CERT_PATH"),
      read(files.certPath, "CAMUNDA_MTLS_CERT_PATH"),
      read(files.keyPath, "CAMUNDA_MTLS_KEY_PATH"),
    ]);
    const dispatcher = new Agent({
      connect: { ...(ca ? { ca: [...rootCertificates, ca.toString("utf8")] } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) },
    });
    return (input, init) => fetch(input, { ...(init as object), dispatcher } as never) as unknown as Promise<Response>;
  };
  return async (input, init) => (await (ready ??= load()))(input, init);
}
