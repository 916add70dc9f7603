// Listening on a port with an error that says what to do when the port is taken.
import type { Server } from "node:http";

/**
 * Starts `server` on `host:port` (port 0: chosen by the OS). A port in use or not allowed fails with a message
 * naming the server, the port and how to choose another one.
 *
 * @example
 * await listen(createServer(handler), 8080, "127.0.0.1", "The mock cluster's API");
 */
export function listen(server: Server, port: number, host: string, what: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const hint =
        error.code === "EADDRINUSE"
          ? `port ${port} is in use (another c8rest-mock?): stop that process or choose another port (0 picks a free one)`
          : error.code === "EACCES"
            ? `port ${port} needs privileges: choose a port above 1023`
            : error.message;
      reject(new Error(`${what} cannot listen on ${host}:${port}: ${hint}.`, { cause: error }));
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}
