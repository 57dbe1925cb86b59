// Package jobs is the room below the HTTP layer where long briefings live: jobs that
// survive a restart and a lost process, their progress as events that can be
// replayed, and the caches that keep a briefing from being paid for twice.
//
// A Service holds:
//
//   - the store: River's tables (the queue) and this package's own (jobs, their
//     events, idempotency keys, the result and step caches), on SQLite by default
//     (riversqlite over modernc.org/sqlite, pure Go, one file under the data
//     directory, for one process) or on Postgres (riverpgxv5 over pgx, when
//     Config.DatabaseURL is a postgres:// URL, shared by every process). Open runs
//     River's migrations and this package's at start. Every statement of this
//     package's tables is a method of the store (queries.go); the Service decides,
//     the store reads and writes.
//   - the jobs: Submit (with an Idempotency-Key's rules), Get, Cancel, Events and
//     Stream (events with increasing ids, replayed after a Last-Event-ID).
//     SubmitFeed queues a feed's grouping into stories the same way (feedjob.go:
//     a large feed grouped by a worker; the job's result is its stories and its
//     stream ends with EventStories).
//   - the workers: River runs Config.Workers briefings at once in this process; a
//     process with none only inserts. A job whose process dies is rescued by River
//     (Config.RescueAfter) and run again by another worker. A job's timeout follows
//     the engine's own deadline (Config.Deadline, with JobMargin), and the rescue
//     the timeout (RescueMargin): a job whose worker died runs again within its
//     timeout and a minute.
//   - the caches: Brief answers a request already briefed from the result cache,
//     and gives the llm engine a summarize.StepCache for its map calls.
//   - the cleaner: expired and surplus jobs, results and cached steps go.
//   - the stored feed (stories.go): AddStoryArticles files each article in the
//     story it belongs to (summarize/stories.Feed, an index each process keeps
//     and brings up to date from the store before it decides) or starts one, an
//     article whose id or text is stored already being one article, and moves
//     the stored articles its filing refiles (Feed.Moved: one UPDATE of the
//     article's story and both stories' counts in a transaction; each article
//     stays in exactly one story, and a story whose articles changed, even to
//     the same number, is briefed again as a new version); Stories
//     lists them; Story briefs a story through the caches when articles joined
//     it since its last version (else reads that version) and marks the new
//     version's points against the previous one; StoryVersion reads any.
//
// It imports the domain (summarize) and the pipeline, never api/: the HTTP layer
// maps Job and Event to its contract. The pipeline fetches the pages of a request
// and chooses its engine (Pipeline.Fetch, Pipeline.EngineIdentity), here too: the
// result cache keys on who would answer. Errors are *summarize.Error in the
// domain's codes (ENOTFOUND, ECONFLICT, EUNAVAILABLE, EINVALID, with RetryAfter),
// which the API maps to statuses in its one table.
package jobs
