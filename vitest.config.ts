import { defineConfig } from "vitest/config";

// The JSON report is what .ci/run counts passed/failed/skipped from.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".cache/test-report.json" }]],
    testTimeout: 60_000,
  },
});
