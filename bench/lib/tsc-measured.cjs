// Runs tsc in this process and, at exit, prints one JSON line to fd 3 (or stderr): CPU time and peak memory.
// Usage: node tsc-measured.cjs <tsc.js path> ...tsc args
const { writeSync } = require("node:fs");
const [tscPath, ...args] = process.argv.slice(2);
const started = process.hrtime.bigint();
process.on("exit", (code) => {
  const cpu = process.cpuUsage();
  const line = JSON.stringify({
    code,
    wallMs: Number(process.hrtime.bigint() - started) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
  });
  try {
    writeSync(3, line + "\n");
  } catch {
    writeSync(2, line + "\n");
  }
});
process.argv = [process.argv[0], tscPath, ...args];
require(tscPath);
