package jobs

import "time"

// Metrics is what the Service counts. The API's metrics implement it (Prometheus
// counters and a histogram); the methods must be safe for concurrent use and fast.
type Metrics interface {
	// JobStatus counts a job entering status: queued at submission, running at
	// each attempt's start, then exactly one of succeeded, failed or canceled.
	JobStatus(status string)
	// QueueWait observes how long a job waited from submission to its first start.
	QueueWait(d time.Duration)
	// Cache counts a lookup in the result cache (kind "result") or the step cache
	// (kind "step").
	Cache(kind string, hit bool)
}

// NopMetrics counts nothing.
type NopMetrics struct{}

func (NopMetrics) JobStatus(string)        {}
func (NopMetrics) QueueWait(time.Duration) {}
func (NopMetrics) Cache(string, bool)      {}
