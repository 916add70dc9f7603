// `npm run mock -w @c8rest/cli-smoke`: start the local mock stack and keep it up until Ctrl-C, printing the
// variables to point a c8rest client (or c8rest-smoke) at it.
import { startMockStack } from "./mock-stack.js";

const stack = await startMockStack();
const lines = Object.entries(stack.env).map(([name, value]) => `export ${name}=${value}`);
process.stdout.write(
  `mock stack up (Prism started in ${stack.prismStartupMs} ms). Set these variables, then use the client or c8rest-smoke:\n\n` +
    `${lines.join("\n")}\n\nCtrl-C stops both servers.\n`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stack.stop().then(() => process.exit(0));
  });
}
