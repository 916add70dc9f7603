// Reads a multipart/form-data body byte for byte (RFC 7578), so tests see each part as the server receives it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Part {
  name: string;
  /** The `filename` of Content-Disposition, when the part has one. */
  filename?: string;
  /** The part's Content-Type header, when it has one. */
  contentType?: string;
  bytes: Buffer;
}

/** The parts of a multipart body with the given Content-Type header (which names the boundary). */
export function parseMultipart(body: Buffer, contentTypeHeader: string): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  if (!boundary) throw new Error(`no boundary in ${contentTypeHeader}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw new Error("unterminated multipart body");
    const chunk = body.subarray(start + 2, next - 2); // after CRLF, before the CRLF that precedes the delimiter
    const split = chunk.indexOf("\r\n\r\n");
    const head = chunk.subarray(0, split).toString("utf8");
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(disposition)?.[1] ?? "";
    const filename = /\bfilename="([^"]*)"/.exec(disposition)?.[1];
    const contentType = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1]?.trim();
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), ...(contentType ? { contentType } : {}), bytes: chunk.subarray(split + 4) });
    at = next;
  }
  return parts;
}

export interface Recorded {
  method: string;
  url: string;
  contentType: string;
  body: Buffer;
}

/** A server on 127.0.0.1:0 that records each request's raw body and answers with `handler`. */
export async function startRecordingServer(handler: (req: Recorded, res: ServerResponse) => void): Promise<{
  address: string;
  seen: Recorded[];
  close(): Promise<void>;
}> {
  const seen: Recorded[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const entry = { method: req.method ?? "", url: req.url ?? "", contentType: req.headers["content-type"] ?? "", body: Buffer.concat(chunks) };
      seen.push(entry);
      handler(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
