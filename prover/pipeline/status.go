package pipeline

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"
)

// FollowStatus applies every batch status reported on the status stream, in the order reported, through the
// durable consumer durable (SequencerStatusConsumer for the sequencer), until ctx ends. A status apply refuses
// is retried after retryInterval; one that does not decode is dropped.
func (c *Conn) FollowStatus(ctx context.Context, durable string, apply func(Status) error, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var cons jetstream.Consumer
	for cons == nil {
		cc, err := c.js.CreateOrUpdateConsumer(ctx, StatusStream, jetstream.ConsumerConfig{Durable: durable,
			AckPolicy: jetstream.AckExplicitPolicy, MaxAckPending: 1})
		if err == nil {
			cons = cc
			break
		}
		log.Warn("pipeline: status consumer", "err", err)
		if err := sleep(ctx, retryInterval); err != nil {
			return err
		}
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(16, jetstream.FetchMaxWait(fetchWait))
		if err != nil {
			log.Warn("pipeline: fetch statuses", "err", err)
			if err := sleep(ctx, retryInterval); err != nil {
				return err
			}
			continue
		}
		for msg := range batch.Messages() {
			var st Status
			if err := json.Unmarshal(msg.Data(), &st); err != nil {
				msg.Term()
				continue
			}
			if err := apply(st); err != nil {
				log.Warn("pipeline: apply status", "batch", st.Batch, "stage", st.Stage, "err", err)
				msg.NakWithDelay(retryInterval)
				continue
			}
			msg.Ack()
		}
	}
	return ctx.Err()
}
