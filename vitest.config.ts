import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Both cores of the 2-core CI machine (Vitest's default leaves one free): 120 s → 102 s. More workers than cores
    // made Vitest's own messages time out.
    maxWorkers: 2,
  },
});
