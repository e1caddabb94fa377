// The heavy user of the bench data set (bench/seed.ts) and the login the benchmarks use.
export const BENCH_EMAIL = "bench@bridges.local";
export const BENCH_PASSWORD = "bench-password";
export const LIGHT_BENCH_EMAIL = "user0@bench.bridges.local"; // one of the 1,000 typical users, same password
