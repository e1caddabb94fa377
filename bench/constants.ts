// The heavy user of the bench data set (bench/seed.ts) and the login the benchmarks use.
export const BENCH_EMAIL = "bench@bridges.local";
export const BENCH_PASSWORD = "bench-password";
