// Hands the derived mock spec to Prism over loopback HTTP instead of a file: nothing is written to disk, so an
// interrupted start (even SIGKILL) can leave no temporary folder behind.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { listen } from "./listen.js";

/** A running spec server. */
export interface SpecServer {
  /** `http://127.0.0.1:<port>/mock-spec.json` */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves one JSON document at `/mock-spec.json` on 127.0.0.1, port 0, until `stop()`.
 *
 * @example
 * const served = await serveSpec(JSON.stringify(mockSpec));
 * await startPrism({ specFile: served.url });
 * await served.stop();
 */
export async function serveSpec(json: string): Promise<SpecServer> {
  const body = Buffer.from(json, "utf8");
  const server = createServer((req, res) => {
    if (req.url !== "/mock-spec.json") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
  await listen(server, 0, "127.0.0.1", "The mock spec server");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mock-spec.json`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
