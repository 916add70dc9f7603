// The part of oidc-provider 9 the mock's OAuth server uses (the package ships no types; @types/oidc-provider
// would be one more dependency for a few lines).
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export default class Provider {
    constructor(issuer: string, configuration?: Record<string, unknown>);
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Koa middleware; typed by the caller
    use(middleware: (ctx: any, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (...args: never[]) => void): void;
  }
}
