package jobs

import (
	"context"
	"time"
)

// cleanBatch bounds the rows one statement of the cleaner touches.
const cleanBatch = 10_000

func (s *Service) cleanLoop() {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.CleanInterval)
	defer t.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		if _, err := s.Clean(ctx); err != nil {
			s.cfg.Logger.Warn("jobs: cleaner", "err", err)
		}
		cancel()
		select {
		case <-s.done:
			return
		case <-t.C:
		}
	}
}

// Cleaned counts what one Clean removed.
type Cleaned struct {
	Jobs, Events, Keys, Results, Steps int64
}

// Clean bounds the store by age and count: finished jobs past their expiry (with
// their events), idempotency keys past theirs, cache entries past their TTL, and
// beyond Config.MaxJobs, MaxResults and MaxSteps the oldest (least recently used,
// for the caches). It also settles the jobs whose process died on their last
// attempt. Every process may run it: each statement is idempotent.
func (s *Service) Clean(ctx context.Context) (Cleaned, error) {
	var c Cleaned
	now := s.cfg.now().UnixMilli()
	// Jobs that are not over but that River gave up on, or that were lost.
	stale, err := s.st.staleJobs(ctx, now-staleClaim.Milliseconds(), 100)
	if err != nil {
		return c, err
	}
	for _, id := range stale {
		s.Get(ctx, id) //nolint:errcheck // Get reconciles
	}
	// By count: the finished jobs beyond MaxJobs expire now (a pass takes at most
	// cleanBatch of them; the next pass the rest).
	if err := s.st.expireJobsBeyond(ctx, now, s.cfg.MaxJobs, cleanBatch); err != nil {
		return c, err
	}
	if c.Jobs, c.Events, err = s.st.deleteExpiredJobs(ctx, now); err != nil {
		return c, err
	}
	if c.Keys, err = s.st.deleteExpiredKeys(ctx, now); err != nil {
		return c, err
	}
	if c.Results, err = s.st.deleteCache(ctx, CacheResult, now, s.cfg.MaxResults, cleanBatch); err != nil {
		return c, err
	}
	if c.Steps, err = s.st.deleteCache(ctx, CacheStep, now, s.cfg.MaxSteps, cleanBatch); err != nil {
		return c, err
	}
	return c, nil
}
