// An openapi-fetch client without a schema, for tests of the middleware (which knows no API paths).
import createClient, { type ClientOptions, type Middleware } from "openapi-fetch";

type Init = { body?: unknown; baseUrl?: string; parseAs?: "json" | "text" } & Record<string, unknown>;
type Result = Promise<{ data?: unknown; error?: unknown; response: Response }>;

export interface LooseClient {
  GET(path: string, init?: Init): Result;
  POST(path: string, init?: Init): Result;
  DELETE(path: string, init?: Init): Result;
  use(...m: Middleware[]): void;
}

export function looseClient(options: ClientOptions): LooseClient {
  return createClient(options) as unknown as LooseClient;
}
