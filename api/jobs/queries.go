package jobs

import (
	"context"
	"database/sql"
	"slices"
)

// The store's queries: every statement of this package's tables is here, behind a
// method of store, written once with ? placeholders for both dialects (store.q).
// The Service above decides what to do; the store only reads and writes. Times are
// Unix milliseconds.

// jobRow is a row of briefing_jobs as Get reads it.
type jobRow struct {
	id, status                string
	attempt                   int
	progress                  string
	result, code, msg         *string
	riverID                   *int64
	cached                    bool
	created, updated, expires int64
}

func (s *store) job(ctx context.Context, id string) (*jobRow, error) {
	var r jobRow
	var cached int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id, status, attempt, progress, result, cached, error_code, error_message, river_id, created_at, updated_at, expires_at
		FROM briefing_jobs WHERE id = ?`), id).Scan(&r.id, &r.status, &r.attempt, &r.progress, &r.result, &cached, &r.code, &r.msg, &r.riverID, &r.created, &r.updated, &r.expires)
	r.cached = cached != 0
	return &r, err
}

// jobStatus reads a job's status and River's id of it.
func (s *store) jobStatus(ctx context.Context, id string) (status string, riverID *int64, err error) {
	err = s.db.QueryRowContext(ctx, s.q(`SELECT status, river_id FROM briefing_jobs WHERE id = ?`), id).Scan(&status, &riverID)
	return status, riverID, err
}

// workRow is what an attempt of a job reads first.
type workRow struct {
	status, request   string
	noCache, canceled bool
	created           int64
	started           *int64
}

func (s *store) jobToWork(ctx context.Context, id string) (*workRow, error) {
	var r workRow
	var noCache, cancelReq int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT status, request, no_cache, cancel_requested, created_at, started_at FROM briefing_jobs WHERE id = ?`), id).
		Scan(&r.status, &r.request, &noCache, &cancelReq, &r.created, &r.started)
	r.noCache, r.canceled = noCache != 0, cancelReq != 0
	return &r, err
}

// activeJobs counts the jobs queued or running in the whole store.
func (s *store) activeJobs(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM briefing_jobs WHERE status IN ('queued', 'running')`)).Scan(&n)
	return n, err
}

func (s *store) insertJob(ctx context.Context, id, request string, noCache bool, now, expires int64) error {
	_, err := s.exec(ctx, `INSERT INTO briefing_jobs (id, status, request, no_cache, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		id, StatusQueued, request, boolInt(noCache), now, now, expires)
	return err
}

func (s *store) setRiverID(ctx context.Context, id string, riverID int64) error {
	_, err := s.exec(ctx, `UPDATE briefing_jobs SET river_id = ? WHERE id = ?`, riverID, id)
	return err
}

// markRunning records an attempt's start on a job not over.
func (s *store) markRunning(ctx context.Context, id string, attempt int, now int64) error {
	_, err := s.exec(ctx, `UPDATE briefing_jobs SET status = ?, attempt = ?, started_at = COALESCE(started_at, ?), updated_at = ? WHERE id = ? AND status IN ('queued', 'running')`,
		StatusRunning, attempt, now, now, id)
	return err
}

// requeue shows a running job as queued again (its process stops).
func (s *store) requeue(ctx context.Context, id string, now int64) error {
	_, err := s.exec(ctx, `UPDATE briefing_jobs SET status = ?, updated_at = ? WHERE id = ? AND status = ?`, StatusQueued, now, id, StatusRunning)
	return err
}

func (s *store) requestCancel(ctx context.Context, id string, now int64) error {
	_, err := s.exec(ctx, `UPDATE briefing_jobs SET cancel_requested = 1, updated_at = ? WHERE id = ?`, now, id)
	return err
}

// cancelRequested reads a job's cancel flag.
func (s *store) cancelRequested(ctx context.Context, id string) (bool, error) {
	var flag int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT cancel_requested FROM briefing_jobs WHERE id = ?`), id).Scan(&flag)
	return flag != 0, err
}

func (s *store) setProgress(ctx context.Context, id, progress string, now int64) error {
	_, err := s.exec(ctx, `UPDATE briefing_jobs SET progress = ?, updated_at = ? WHERE id = ?`, progress, now, id)
	return err
}

// finishRow is a job's final status and its terminal event.
type finishRow struct {
	id, status        string
	result, code, msg *string
	cached            bool
	now, expires      int64
	eventKind         string
	event             string // the event's JSON
}

// finish writes a job's final status and its terminal event in one transaction,
// once: a job that is already over is left as it is, and finish reports false.
func (s *store) finish(ctx context.Context, f finishRow) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck
	res, err := tx.ExecContext(ctx, s.q(`UPDATE briefing_jobs SET status = ?, result = ?, cached = ?, error_code = ?, error_message = ?, updated_at = ?, finished_at = ?, expires_at = ?
		WHERE id = ? AND status NOT IN ('succeeded', 'failed', 'canceled')`),
		f.status, f.result, boolInt(f.cached), f.code, f.msg, f.now, f.now, f.expires, f.id)
	if err != nil {
		return false, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return false, nil
	}
	if err := s.addEvent(ctx, tx, f.id, f.eventKind, f.event, f.now); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// staleJobs are up to limit jobs not over whose row has not changed since before.
func (s *store) staleJobs(ctx context.Context, before int64, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id FROM briefing_jobs WHERE status IN ('queued', 'running') AND updated_at < ? LIMIT ?`), before, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if rows.Scan(&id) == nil {
			ids = append(ids, id)
		}
	}
	return ids, rows.Err()
}

// expireJobsBeyond makes the finished jobs beyond the keep newest expire now, at
// most batch of them.
func (s *store) expireJobsBeyond(ctx context.Context, now int64, keep, batch int) error {
	_, err := s.exec(ctx, `UPDATE briefing_jobs SET expires_at = ? WHERE id IN (SELECT id FROM briefing_jobs WHERE finished_at IS NOT NULL
		ORDER BY finished_at DESC, id DESC LIMIT ? OFFSET ?)`, now, batch, keep)
	return err
}

// deleteExpiredJobs removes the finished jobs past their expiry and their events.
func (s *store) deleteExpiredJobs(ctx context.Context, now int64) (jobs, events int64, err error) {
	if events, err = s.exec(ctx, `DELETE FROM briefing_job_events WHERE job_id IN (SELECT id FROM briefing_jobs WHERE expires_at <= ? AND status IN ('succeeded', 'failed', 'canceled'))`, now); err != nil {
		return 0, 0, err
	}
	jobs, err = s.exec(ctx, `DELETE FROM briefing_jobs WHERE expires_at <= ? AND status IN ('succeeded', 'failed', 'canceled')`, now)
	return jobs, events, err
}

// Events.

// storedEvent is an event's row: its id and its JSON.
type storedEvent struct {
	id   int64
	data string
}

func (s *store) events(ctx context.Context, jobID string, after int64, limit int) ([]storedEvent, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, data FROM briefing_job_events WHERE job_id = ? AND id > ? ORDER BY id LIMIT ?`), jobID, after, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedEvent
	for rows.Next() {
		var ev storedEvent
		if err := rows.Scan(&ev.id, &ev.data); err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, rows.Err()
}

// addEvent stores one event of a job, through db (the store, or a transaction).
func (s *store) addEvent(ctx context.Context, db execer, jobID, kind, data string, now int64) error {
	if db == nil {
		db = s.db
	}
	_, err := db.ExecContext(ctx, s.q(`INSERT INTO briefing_job_events (job_id, kind, data, created_at) VALUES (?, ?, ?, ?)`), jobID, kind, data, now)
	return err
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Idempotency keys.

// claimKey inserts a key not taken yet and reports whether it did.
func (s *store) claimKey(ctx context.Context, key, hash string, now, expires int64) (bool, error) {
	n, err := s.exec(ctx, `INSERT INTO briefing_idempotency (key, body_hash, created_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
		key, hash, now, expires)
	return n == 1, err
}

// key reads a taken key: the body's hash, the job it made (nil while none) and
// when it was claimed.
func (s *store) key(ctx context.Context, key string) (hash string, jobID *string, created int64, err error) {
	err = s.db.QueryRowContext(ctx, s.q(`SELECT body_hash, job_id, created_at FROM briefing_idempotency WHERE key = ?`), key).Scan(&hash, &jobID, &created)
	return hash, jobID, created, err
}

// retakeKey takes over a key claimed at created that never bound a job.
func (s *store) retakeKey(ctx context.Context, key string, created, now int64) (bool, error) {
	n, err := s.exec(ctx, `UPDATE briefing_idempotency SET created_at = ? WHERE key = ? AND job_id IS NULL AND created_at = ?`, now, key, created)
	return n == 1, err
}

func (s *store) bindKey(ctx context.Context, key, jobID string) error {
	_, err := s.exec(ctx, `UPDATE briefing_idempotency SET job_id = ? WHERE key = ?`, jobID, key)
	return err
}

// releaseKey gives back a key that bound no job.
func (s *store) releaseKey(ctx context.Context, key string) error {
	_, err := s.exec(ctx, `DELETE FROM briefing_idempotency WHERE key = ? AND job_id IS NULL`, key)
	return err
}

func (s *store) deleteExpiredKeys(ctx context.Context, now int64) (int64, error) {
	return s.exec(ctx, `DELETE FROM briefing_idempotency WHERE expires_at <= ?`, now)
}

// Caches.

// cacheGet reads a live entry of kind and marks it used.
func (s *store) cacheGet(ctx context.Context, kind, key string, now int64) ([]byte, bool) {
	var v string
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT value FROM briefing_cache WHERE key = ? AND kind = ? AND expires_at > ?`), key, kind, now).Scan(&v); err != nil {
		return nil, false
	}
	s.exec(ctx, `UPDATE briefing_cache SET used_at = ? WHERE key = ?`, now, key) //nolint:errcheck
	return []byte(v), true
}

func (s *store) cachePut(ctx context.Context, kind, key string, v []byte, now, expires int64) error {
	_, err := s.exec(ctx, `INSERT INTO briefing_cache (key, kind, value, created_at, used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, kind = excluded.kind, created_at = excluded.created_at, used_at = excluded.used_at, expires_at = excluded.expires_at`,
		key, kind, string(v), now, now, expires)
	return err
}

// deleteCache removes the entries of kind past their expiry, then those beyond the
// keep most recently used (at most batch of them).
func (s *store) deleteCache(ctx context.Context, kind string, now int64, keep, batch int) (int64, error) {
	n, err := s.exec(ctx, `DELETE FROM briefing_cache WHERE kind = ? AND expires_at <= ?`, kind, now)
	if err != nil {
		return n, err
	}
	m, err := s.exec(ctx, `DELETE FROM briefing_cache WHERE key IN (SELECT key FROM briefing_cache WHERE kind = ?
		ORDER BY used_at DESC, key DESC LIMIT ? OFFSET ?)`, kind, batch, keep)
	return n + m, err
}

// storedArticle is a row of briefing_story_articles.
type storedArticle struct {
	seq                      int64
	id, hash, story          string
	source, title, url, text string
	published                *int64
	added                    int64
}

// storyArticlesSince reads the feed's articles after seq, in order.
func (s *store) storyArticlesSince(ctx context.Context, seq int64) ([]storedArticle, error) {
	return s.scanStoryArticles(ctx, `SELECT seq, id, text_hash, story_id, source, title, url, text, published_at, added_at
		FROM briefing_story_articles WHERE seq > ? ORDER BY seq`, seq)
}

// storyArticleSeqsSince reads the seqs of the feed's articles after seq, in
// order.
func (s *store) storyArticleSeqsSince(ctx context.Context, seq int64) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT seq FROM briefing_story_articles WHERE seq > ? ORDER BY seq`), seq)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var q int64
		if err := rows.Scan(&q); err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// storyArticles reads a story's latest limit articles, oldest first.
func (s *store) storyArticles(ctx context.Context, story string, limit int) ([]storedArticle, error) {
	rows, err := s.scanStoryArticles(ctx, `SELECT seq, id, text_hash, story_id, source, title, url, text, published_at, added_at
		FROM briefing_story_articles WHERE story_id = ? ORDER BY seq DESC LIMIT ?`, story, limit)
	slices.Reverse(rows)
	return rows, err
}

func (s *store) scanStoryArticles(ctx context.Context, query string, args ...any) ([]storedArticle, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedArticle
	for rows.Next() {
		var a storedArticle
		if err := rows.Scan(&a.seq, &a.id, &a.hash, &a.story, &a.source, &a.title, &a.url, &a.text, &a.published, &a.added); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// storyArticleLike finds the article stored with this id or this text: its id
// and story.
func (s *store) storyArticleLike(ctx context.Context, id, hash string) (foundID, story string, err error) {
	err = s.db.QueryRowContext(ctx, s.q(`SELECT id, story_id FROM briefing_story_articles WHERE id = ? OR text_hash = ? ORDER BY seq LIMIT 1`), id, hash).Scan(&foundID, &story)
	return foundID, story, err
}

// addStoryArticle stores an article and counts it in its story (created with
// label when new), in one transaction. It returns the article's seq, and
// inserted false (nothing written) when an article with its id or text is
// there already.
func (s *store) addStoryArticle(ctx context.Context, a storedArticle, label string) (seq int64, inserted bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	defer tx.Rollback() //nolint:errcheck
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO briefing_story_articles (id, text_hash, story_id, source, title, url, text, published_at, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq`),
		a.id, a.hash, a.story, a.source, a.title, a.url, a.text, a.published, a.added).Scan(&seq)
	if isNoRows(err) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO briefing_stories (id, label, size, first_published, last_published, created_at, updated_at)
		VALUES (?, ?, 1, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET size = briefing_stories.size + 1,
			first_published = CASE WHEN excluded.first_published IS NULL THEN briefing_stories.first_published
				WHEN briefing_stories.first_published IS NULL OR excluded.first_published < briefing_stories.first_published THEN excluded.first_published
				ELSE briefing_stories.first_published END,
			last_published = CASE WHEN excluded.last_published IS NULL THEN briefing_stories.last_published
				WHEN briefing_stories.last_published IS NULL OR excluded.last_published > briefing_stories.last_published THEN excluded.last_published
				ELSE briefing_stories.last_published END,
			updated_at = excluded.updated_at`),
		a.story, label, a.published, a.published, a.added, a.added); err != nil {
		return 0, false, err
	}
	return seq, true, tx.Commit()
}

// storyRow is a row of briefing_stories.
type storyRow struct {
	id, label        string
	size             int
	first, last      *int64
	created, updated int64
}

const storyColumns = `id, label, size, first_published, last_published, created_at, updated_at`

func scanStory(sc interface{ Scan(...any) error }) (storyRow, error) {
	var r storyRow
	err := sc.Scan(&r.id, &r.label, &r.size, &r.first, &r.last, &r.created, &r.updated)
	return r, err
}

func (s *store) story(ctx context.Context, id string) (storyRow, error) {
	return scanStory(s.db.QueryRowContext(ctx, s.q(`SELECT `+storyColumns+` FROM briefing_stories WHERE id = ?`), id))
}

// recentStories reads the stories of at least minSize articles, the latest
// updated first.
func (s *store) recentStories(ctx context.Context, minSize, limit int) ([]storyRow, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+storyColumns+` FROM briefing_stories WHERE size >= ? ORDER BY updated_at DESC, id LIMIT ?`), minSize, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storyRow
	for rows.Next() {
		r, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// storyVersion reads version n of a story (n 0: its latest): its number, the
// story's size it briefed, and its value.
func (s *store) storyVersion(ctx context.Context, story string, n int) (num, size int, value string, err error) {
	if n == 0 {
		err = s.db.QueryRowContext(ctx, s.q(`SELECT n, size, value FROM briefing_story_versions WHERE story_id = ? ORDER BY n DESC LIMIT 1`), story).Scan(&num, &size, &value)
	} else {
		err = s.db.QueryRowContext(ctx, s.q(`SELECT n, size, value FROM briefing_story_versions WHERE story_id = ? AND n = ?`), story, n).Scan(&num, &size, &value)
	}
	return num, size, value, err
}

// addStoryVersion stores version n of a story; false when another process
// stored it first.
func (s *store) addStoryVersion(ctx context.Context, story string, n, size int, value string, now int64) (bool, error) {
	k, err := s.exec(ctx, `INSERT INTO briefing_story_versions (story_id, n, size, value, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, story, n, size, value, now)
	return k == 1, err
}

// moveStoryArticle files a stored article in another story (the stored
// feed's refile: stories.Feed.Moved) and counts both stories again (size and
// published span from their articles), in one transaction. It moves nothing
// (moved false) when the article is no longer in story from. A story all of
// whose articles left keeps its row and versions with size 0 (no list shows
// it). Story compares a version's articles with the story's, so a story that
// lost one article and gained another is briefed again.
func (s *store) moveStoryArticle(ctx context.Context, id, from, to string, now int64) (moved bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck
	res, err := tx.ExecContext(ctx, s.q(`UPDATE briefing_story_articles SET story_id = ? WHERE id = ? AND story_id = ?`), to, id, from)
	if err != nil {
		return false, err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return false, err
	}
	for _, st := range []string{from, to} {
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE briefing_stories SET
			size = (SELECT COUNT(*) FROM briefing_story_articles WHERE story_id = ?),
			first_published = (SELECT MIN(published_at) FROM briefing_story_articles WHERE story_id = ?),
			last_published = (SELECT MAX(published_at) FROM briefing_story_articles WHERE story_id = ?),
			updated_at = ? WHERE id = ?`), st, st, st, now, st); err != nil {
			return false, err
		}
	}
	return true, tx.Commit()
}

// storyArticleIDs reads the ids of a story's latest limit articles, oldest
// first.
func (s *store) storyArticleIDs(ctx context.Context, story string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id FROM briefing_story_articles WHERE story_id = ? ORDER BY seq DESC LIMIT ?`), story, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	slices.Reverse(out)
	return out, rows.Err()
}
