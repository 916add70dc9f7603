// Everything c8rest-smoke prints goes through one mask: every secret it knows (from the environment, stdin, and every
// token or Authorization header the run used) is masked in every form, with @c8rest/client's maskSecrets.
import { AUTH_ENV_VARIABLES } from "@c8rest/auth";
import { maskSecrets, secretsOfAuthorization } from "@c8rest/client";

/** The secrets of a run and the mask that hides them. */
export interface OutputMask {
  /** Adds a secret (a token, a password) to what is masked. */
  add(secret: string | null | undefined): void;
  /** Adds the secrets of an `Authorization` header (a bearer token, a Basic user:password). */
  addAuthorization(header: string | null | undefined): void;
  /** `text` with every form of every secret masked. */
  mask(text: string): string;
}

const SECRET_VARIABLES = [...AUTH_ENV_VARIABLES.clientSecret, ...AUTH_ENV_VARIABLES.password, ...AUTH_ENV_VARIABLES.token];

/**
 * A mask holding the secret variables of `env` (client secret, basic password, bearer token); add more as the run
 * learns them.
 *
 * @example
 * const mask = createOutputMask(process.env);
 * process.stderr.write(mask.mask(`error: ${error.message}\n`));
 */
export function createOutputMask(env: Record<string, string | undefined>): OutputMask {
  const secrets = new Set<string>();
  const add = (s: string | null | undefined): void => {
    if (s) secrets.add(s);
  };
  for (const name of SECRET_VARIABLES) add(env[name]);
  return {
    add,
    addAuthorization: (header) => secretsOfAuthorization(header).forEach(add),
    mask: (text) => maskSecrets(text, secrets),
  };
}
