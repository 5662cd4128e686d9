package bench

import (
	"fmt"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer/stress"
)

// stressAccounts is the size of the generated state the stress suite runs on.
const stressAccounts = 10_000

// BenchmarkStressSuite runs the six seed scenarios of perpx stress (current parameters) on a generated state
// of 10,000 accounts with positions, one worker per CPU (go test -cpu 2 for two cores), and reports the
// seconds one suite takes: the README's "stress suite" figure, to stay under 60 s on 2 cores. It also reports
// the CPU seconds the suite used (user + system): on a machine shared with other work, the wall time on two
// idle cores is about cpu-s/suite ÷ 2.
func BenchmarkStressSuite(b *testing.B) {
	s, err := stress.Generate(1, stressAccounts)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Tree.Close()
	s.Workers = runtime.GOMAXPROCS(0)
	suite := stress.SeedSuite()
	suite.Proposal = nil
	var ru0, ru1 syscall.Rusage
	b.ResetTimer()
	start := time.Now()
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for b.Loop() {
		rep, err := stress.Run(s, suite)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Scenarios) != 6 || rep.AccountsWithPositions < stressAccounts {
			b.Fatalf("%d scenarios on %d accounts with positions", len(rep.Scenarios), rep.AccountsWithPositions)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	b.ReportMetric(time.Since(start).Seconds()/float64(b.N), "s/suite")
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/suite")
}

// BenchmarkStressScenario runs each seed scenario alone, on one worker, on the same 10,000-account state and
// reports its CPU seconds: with W workers a suite's wall time is at least the largest of them and about the
// sum ÷ W.
func BenchmarkStressScenario(b *testing.B) {
	s, err := stress.Generate(1, stressAccounts)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Tree.Close()
	seed := stress.SeedSuite()
	for i, sc := range seed.Scenarios {
		b.Run(fmt.Sprintf("%d", i), func(b *testing.B) {
			suite := &stress.Suite{Name: seed.Name, TickSeconds: seed.TickSeconds, Liquidity: seed.Liquidity, Scenarios: []stress.Scenario{sc}}
			var ru0, ru1 syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
			for b.Loop() {
				if _, err := stress.Run(s, suite); err != nil {
					b.Fatal(err)
				}
			}
			syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
			cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/scenario")
		})
	}
}
