// oidc-provider ships no types; the test server uses a small part of it.
declare module "oidc-provider" {
  export default class Provider {
    constructor(issuer: string, configuration: unknown);
    proxy: boolean;
    use(middleware: (ctx: never, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (...args: never[]) => void): void;
    callback(): (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void;
  }
}
