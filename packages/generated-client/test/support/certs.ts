// Test certificates made with /usr/bin/openssl in a temporary folder: a CA, a server cert for 127.0.0.1, a client cert.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../../../../config/temp-dir.mjs";

export interface TestCerts {
  dir: string;
  caPath: string;
  ca: Buffer;
  serverCert: Buffer;
  serverKey: Buffer;
  clientCertPath: string;
  clientKeyPath: string;
  clientCert: Buffer;
  clientKey: Buffer;
  cleanup(): void;
}

export function makeCerts(): TestCerts {
  const dir = makeTempDir("c8rest-tls-");
  const p = (name: string) => join(dir, name);
  const ssl = (...args: string[]) => execFileSync("/usr/bin/openssl", args, { cwd: dir, stdio: "pipe" });
  ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "2", "-subj", "/CN=c8rest test CA");
  writeFileSync(p("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
  ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server-key.pem", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
  ssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext");
  writeFileSync(p("client.ext"), "extendedKeyUsage=clientAuth\n");
  ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client-key.pem", "-out", "client.csr", "-subj", "/CN=c8rest test client");
  ssl("x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial", "-out", "client.pem", "-days", "2", "-extfile", "client.ext");
  return {
    dir,
    caPath: p("ca.pem"),
    ca: readFileSync(p("ca.pem")),
    serverCert: readFileSync(p("server.pem")),
    serverKey: readFileSync(p("server-key.pem")),
    clientCertPath: p("client.pem"),
    clientKeyPath: p("client-key.pem"),
    clientCert: readFileSync(p("client.pem")),
    clientKey: readFileSync(p("client-key.pem")),
    cleanup: () => removeTempDir(dir),
  };
}
