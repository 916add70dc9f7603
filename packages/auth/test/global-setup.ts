// Starts the OAuth test server (oidc-provider on 127.0.0.1, port 0) once for the whole suite.
import type { TestProject } from "vitest/node";
import { startOAuthServer } from "./support/oauth-server.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startOAuthServer();
  project.provide("oauth", {
    issuer: server.issuer,
    tokenUrl: server.tokenUrl,
    keycloakTokenUrl: server.keycloakTokenUrl,
  });
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    oauth: { issuer: string; tokenUrl: string; keycloakTokenUrl: string };
  }
}
