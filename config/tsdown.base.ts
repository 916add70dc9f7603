// Shared build settings: every package ships ESM + CJS + declarations for Node 20.19+.
import type { UserConfig } from "tsdown";

export const baseConfig = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "node",
  target: "node20.19",
  sourcemap: true,
  clean: true,
  treeshake: true,
  fixedExtension: true,
} satisfies UserConfig;
