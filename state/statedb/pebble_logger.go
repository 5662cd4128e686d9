package statedb

import (
	"errors"
	"fmt"
	"log/slog"
)

// errPebbleFatal reports that Pebble hit an error it cannot recover from, such as a failed WAL write or sync.
var errPebbleFatal = errors.New("statedb: fatal pebble error")

// pebbleFatal is the panic value pebbleLogger.Fatalf raises so that guard can turn it into an error.
type pebbleFatal struct{ msg string }

// pebbleLogger routes Pebble's log messages to slog. Pebble calls Fatalf when it cannot go on (its default
// logger then exits the process); pebbleLogger panics with a pebbleFatal instead, which guard recovers on the
// calling goroutine so that Commit can report a durability failure as an error. A Fatalf on one of Pebble's
// background goroutines still ends the process.
type pebbleLogger struct{ l *slog.Logger }

func (p pebbleLogger) Infof(format string, args ...any) {
	p.l.Info(fmt.Sprintf(format, args...), "component", "pebble")
}

func (p pebbleLogger) Errorf(format string, args ...any) {
	p.l.Error(fmt.Sprintf(format, args...), "component", "pebble")
}

func (p pebbleLogger) Fatalf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	p.l.Error(msg, "component", "pebble", "fatal", true)
	panic(pebbleFatal{msg: msg})
}

// guard runs f and turns a pebbleFatal panic raised during it into an error wrapping errPebbleFatal.
func guard(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			pf, ok := r.(pebbleFatal)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("%w: %s", errPebbleFatal, pf.msg)
		}
	}()
	return f()
}
