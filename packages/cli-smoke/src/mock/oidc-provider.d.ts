// The part of oidc-provider 9 the mock OAuth server uses (the package ships no types; @types/oidc-provider
// would be one more dependency for five lines).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface KoaContextWithOIDC {
    oidc: { body?: Record<string, unknown> };
  }

  export interface ResourceServer {
    audience: string;
    scope: string;
    accessTokenTTL?: number;
    accessTokenFormat?: "opaque" | "jwt";
    jwt?: { sign?: { alg: string } };
  }

  export interface Configuration {
    adapter?: new (model: string) => object;
    jwks?: { keys: object[] };
    clients?: Record<string, unknown>[];
    ttl?: Record<string, number>;
    features?: {
      devInteractions?: { enabled: boolean };
      clientCredentials?: { enabled: boolean };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContextWithOIDC) => string | undefined | Promise<string | undefined>;
        getResourceServerInfo?: (
          ctx: KoaContextWithOIDC,
          resourceIndicator: string,
        ) => ResourceServer | Promise<ResourceServer>;
      };
    };
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: unknown, next: () => Promise<void>) => Promise<void>): void;
  }
}
