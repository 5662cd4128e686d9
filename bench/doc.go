// Package bench holds the benchmarks behind every figure in the README. Each benchmark sets up outside the
// timer and reports its figure with b.ReportMetric in the unit the README quotes.
package bench
