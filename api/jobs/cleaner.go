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
	rows, err := s.st.db.QueryContext(ctx, s.st.q(`SELECT id FROM briefing_jobs WHERE status IN ('queued', 'running') AND updated_at < ? LIMIT 100`), now-staleClaim.Milliseconds())
	if err != nil {
		return c, err
	}
	var stale []string
	for rows.Next() {
		var id string
		if rows.Scan(&id) == nil {
			stale = append(stale, id)
		}
	}
	rows.Close()
	for _, id := range stale {
		s.Get(ctx, id) //nolint:errcheck // Get reconciles
	}
	// By count: the finished jobs beyond MaxJobs expire now (a pass takes at most
	// cleanBatch of them; the next pass the rest).
	if _, err := s.st.exec(ctx, `UPDATE briefing_jobs SET expires_at = ? WHERE id IN (SELECT id FROM briefing_jobs WHERE finished_at IS NOT NULL
		ORDER BY finished_at DESC, id DESC LIMIT ? OFFSET ?)`, now, cleanBatch, s.cfg.MaxJobs); err != nil {
		return c, err
	}
	if c.Events, err = s.st.exec(ctx, `DELETE FROM briefing_job_events WHERE job_id IN (SELECT id FROM briefing_jobs WHERE expires_at <= ? AND status IN ('succeeded', 'failed', 'canceled'))`, now); err != nil {
		return c, err
	}
	if c.Jobs, err = s.st.exec(ctx, `DELETE FROM briefing_jobs WHERE expires_at <= ? AND status IN ('succeeded', 'failed', 'canceled')`, now); err != nil {
		return c, err
	}
	if c.Keys, err = s.st.exec(ctx, `DELETE FROM briefing_idempotency WHERE expires_at <= ?`, now); err != nil {
		return c, err
	}
	for _, k := range []struct {
		kind string
		max  int
		n    *int64
	}{{CacheResult, s.cfg.MaxResults, &c.Results}, {CacheStep, s.cfg.MaxSteps, &c.Steps}} {
		n, err := s.st.exec(ctx, `DELETE FROM briefing_cache WHERE kind = ? AND expires_at <= ?`, k.kind, now)
		if err != nil {
			return c, err
		}
		*k.n += n
		if n, err = s.st.exec(ctx, `DELETE FROM briefing_cache WHERE key IN (SELECT key FROM briefing_cache WHERE kind = ?
			ORDER BY used_at DESC, key DESC LIMIT ? OFFSET ?)`, k.kind, cleanBatch, k.max); err != nil {
			return c, err
		}
		*k.n += n
	}
	return c, nil
}
