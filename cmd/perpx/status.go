package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
)

// statusBatches is how many of the newest batches perpx status reads (the API's MaxBatchesLimit).
const statusBatches = httpapi.MaxBatchesLimit

// pipelineCounts counts batches per pipeline stage.
type pipelineCounts struct {
	Sealed, Pending, Proving, Proven, Submitted, Verified, Failed int
}

// countStages counts the stages of the given batches.
func countStages(bs []wire.BatchSummaryJSON) pipelineCounts {
	var c pipelineCounts
	for _, b := range bs {
		c.Sealed++
		switch {
		case b.L1 == wire.L1Verified:
			c.Verified++
		case b.L1 == wire.L1Submitted:
			c.Submitted++
		case b.Proof == wire.ProofFailed || b.L1 == wire.L1Failed:
			c.Failed++
		case b.Proof == wire.ProofDone:
			c.Proven++
		case b.Proof == wire.ProofProving:
			c.Proving++
		default:
			c.Pending++
		}
	}
	return c
}

// statusHealth is GET /v1/health with the members perpx sequencer adds.
type statusHealth struct {
	wire.HealthJSON
	L1       *L1HealthJSON       `json:"l1"`
	Pipeline *PipelineHealthJSON `json:"pipeline"`
}

// runStatus prints the sequencer's pipeline: its newest batches by stage (sealed, proving, proven, submitted,
// verified), the jobs queue and the L1 follower.
func runStatus(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	api := fs.String("api", defaultAPI(), "sequencer API base URL (env PERPX_API)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimSuffix(*api, "/")+"/v1/health", nil)
	if err != nil {
		return fmt.Errorf("status: %w: --api %q", errUsage, *api)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	defer resp.Body.Close()
	var h statusHealth
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		return fmt.Errorf("status: health: %w", err)
	}
	bs, err := client.New(*api, nil).Batches(ctx, statusBatches)
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	c := countStages(bs)
	fmt.Fprintf(out, "sequencer  %s  last batch %d, verified %d, root %s\n", h.Status, h.LastBatch, h.VerifiedBatch, h.Root)
	fmt.Fprintf(out, "pipeline   newest %d batches: sealed %d  pending %d  proving %d  proven %d  submitted %d  verified %d  failed %d\n",
		len(bs), c.Sealed, c.Pending, c.Proving, c.Proven, c.Submitted, c.Verified, c.Failed)
	if p := h.Pipeline; p != nil {
		fmt.Fprintf(out, "jobs       %s: published %d, queued %d, in flight %d, redelivered %d\n", p.NATS, p.Published, p.Queued, p.InFlight, p.Redelivered)
	} else {
		fmt.Fprintln(out, "jobs       no proving pipeline")
	}
	if l := h.L1; l != nil {
		fmt.Fprintf(out, "L1         %s  %s: head %d, followed to %d (%d blocks behind)%s\n", l.Status, l.RPC, l.Head, l.Followed, l.BlocksBehind,
			map[bool]string{true: ", " + l.Error, false: ""}[l.Error != ""])
	} else {
		fmt.Fprintln(out, "L1         not followed")
	}
	return nil
}
