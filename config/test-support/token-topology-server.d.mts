// Types of token-topology-server.mjs (a plain .mjs so that node scripts of the bench and the tarball test load it).
import type { IncomingMessage } from "node:http";

export declare const TOPOLOGY: { clusterSize: number; brokers: { host: string; version: string }[]; gatewayVersion: string };

export interface TokenTopologyServerOptions {
  clientId: string;
  clientSecret: string;
  tokenLifetimeSeconds?: number;
  tokenPath?: string;
  staticTokens?: string[];
  routes?: Record<string, (req: IncomingMessage, body: string) => { status: number; body?: unknown; type?: string }>;
  onRequest?: (seen: { method: string | undefined; url: string | undefined; authorization: string | undefined }) => void;
  port?: number;
  statsPath?: string;
  requireToken?: (method: string, path: string) => boolean;
}

export interface TokenTopologyServer {
  address: string;
  tokenUrl: string;
  stats: { tokenRequests: number; tokensIssued: number; apiRequests: number; unauthorized: number };
  resetStats(): void;
  close(): Promise<void>;
}

export declare function startTokenTopologyServer(options: TokenTopologyServerOptions): Promise<TokenTopologyServer>;
