// Package pipeline connects the proving pipeline's services through NATS JetStream: the sequencer side
// publishes each sealed batch as a proving job (Feeder), stateless prover workers take jobs with explicit acks
// and publish proofs (Worker), an ordered submitter verifies each proof and commits it on L1 in batch order
// (Submitter), and every service reports batch statuses back to the sequencer (Status, StatusFollower).
//
// Delivery is at least once: a job is acknowledged only after its proof is published, so a worker killed
// mid-proof has its job redelivered after the consumer's ack wait; duplicate jobs and proofs are harmless,
// since jobs and proofs carry message ids (JetStream drops a duplicate within its window) and the submitter
// drops a proof of a batch L1 already holds. Jobs in flight are bounded by the jobs stream's MaxMsgs.
//
// Job kinds: a Job names its Kind; KindLeaf proves one sealed batch. The aggregation of leaf proofs is meant to
// be one more kind (its payload a field of Job, its subject JobsSubjectPrefix + kind, its consumer a durable of
// its own), with no change to the other kinds.
package pipeline

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/state"
)

// Streams, subjects and consumers.
const (
	JobsStream        = "PERPX_JOBS"
	JobsSubjectPrefix = "perpx.jobs."
	ProofsStream      = "PERPX_PROOFS"
	ProofsSubject     = "perpx.proofs"
	StatusStream      = "PERPX_STATUS"
	StatusSubject     = "perpx.status"
	// ProverConsumer is the durable pull consumer every prover worker shares, so each job goes to one worker.
	ProverConsumer = "provers"
	// SequencerStatusConsumer is the durable consumer through which the sequencer applies statuses.
	SequencerStatusConsumer = "sequencer"
)

// Limits and defaults.
const (
	// DefaultMaxInFlight bounds the jobs published and not yet proven (the jobs stream's MaxMsgs): the feeder
	// waits while the stream is full, so sealing never piles jobs up in memory.
	DefaultMaxInFlight = 64
	// DefaultAckWait is how long a worker may hold a job without a sign of life before it is redelivered; a
	// worker signals progress every AckWait/progressFraction while it proves.
	DefaultAckWait   = 30 * time.Second
	progressFraction = 3
	// DuplicateWindow is how long JetStream remembers a message id to drop a duplicate.
	DuplicateWindow = 2 * time.Hour
	// proofRetention bounds how long proofs and statuses stay in their streams.
	proofRetention = 7 * 24 * time.Hour
	// retryInterval is how long a service waits after a failure of NATS or L1 before trying again.
	retryInterval = time.Second
)

// Errors of the pipeline.
var (
	// ErrBadJob reports a job message that does not decode or names an unknown kind.
	ErrBadJob = errors.New("pipeline: bad job")
	// ErrBadProof reports a proof the submitter refused before L1: it does not verify against the batch.
	ErrBadProof = errors.New("pipeline: proof refused")
	// ErrNATS reports a NATS server that cannot be reached or refused a request.
	ErrNATS = errors.New("pipeline: NATS")
)

// Kind is a job's kind.
type Kind string

// Job kinds.
const (
	// KindLeaf proves one sealed batch (a leaf of the later aggregation).
	KindLeaf Kind = "leaf"
)

// Job is one unit of proving work.
type Job struct {
	Kind  Kind   `json:"kind"`
	Batch uint64 `json:"batch"`
	// Leaf is the sealed batch of a KindLeaf job.
	Leaf *state.SealedBatch `json:"leaf,omitempty"`
}

// ID is the job's message id: JetStream drops a second job of the same kind and batch.
func (j *Job) ID() string { return fmt.Sprintf("%s-%d", j.Kind, j.Batch) }

// Subject is the subject the job is published on.
func (j *Job) Subject() string { return JobsSubjectPrefix + string(j.Kind) }

// check requires a known kind with its payload.
func (j *Job) check() error {
	switch {
	case j.Kind == KindLeaf && j.Leaf != nil && j.Leaf.Header.BatchNumber == j.Batch:
		return nil
	case j.Kind == KindLeaf:
		return fmt.Errorf("%w: leaf job %d without its batch", ErrBadJob, j.Batch)
	}
	return fmt.Errorf("%w: kind %q", ErrBadJob, j.Kind)
}

// ProofMsg is a worker's proof of a job, with what the submitter needs to commit it: the batch's new root,
// timestamp, pubdata and withdrawal addresses (the submitter recomputes the public input from them and L1's own header fields, so a
// wrong value only makes the proof fail its check).
type ProofMsg struct {
	Kind      Kind   `json:"kind"`
	Batch     uint64 `json:"batch"`
	BatchSize int    `json:"batchSize"`
	NewRoot   []byte `json:"newRoot"`
	Timestamp uint64 `json:"timestamp"`
	Pubdata   []byte `json:"pubdata"`
	// Withdrawals are the L1 addresses of the batch's Withdrawal records, which commitBatch takes beside the
	// compact pubdata (l1.WithdrawalAddresses).
	Withdrawals []common.Address `json:"withdrawals"`
	Proof       []byte           `json:"proof"`
	TxCount     int              `json:"txCount"`
	Worker      string           `json:"worker"`
	ProveMillis int64            `json:"proveMillis"`
	// JobSeq is the jobs stream's sequence of the job proven: a redelivered job keeps it, a job published
	// again after a refused proof does not.
	JobSeq uint64 `json:"jobSeq"`
}

// ID is the proof's message id: JetStream drops a second proof of the same job (a redelivered job proven
// twice), not the proof of a job published again after a refused proof.
func (p *ProofMsg) ID() string { return fmt.Sprintf("proof-%s-%d-%d", p.Kind, p.Batch, p.JobSeq) }

// Stage is where a batch stands in the pipeline.
type Stage string

// Stages, in order.
const (
	StageProving   Stage = "proving"
	StageProven    Stage = "proven"
	StageSubmitted Stage = "submitted"
	StageVerified  Stage = "verified"
	StageFailed    Stage = "failed"
)

// Status is a batch's stage as a service reports it to the sequencer.
type Status struct {
	Batch       uint64 `json:"batch"`
	Stage       Stage  `json:"stage"`
	Worker      string `json:"worker,omitempty"`
	Proof       []byte `json:"proof,omitempty"`
	ProveMillis int64  `json:"proveMillis,omitempty"`
	TxCount     int    `json:"txCount,omitempty"`
	L1Tx        string `json:"l1Tx,omitempty"`
	GasUsed     uint64 `json:"gasUsed,omitempty"`
	Error       string `json:"error,omitempty"`
	// Time is when the status was reported, unix milliseconds.
	Time int64 `json:"time"`
}
