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
//     River's migrations and this package's at start.
//   - the jobs: Submit (with an Idempotency-Key's rules), Get, Cancel, Events and
//     Stream (events with increasing ids, replayed after a Last-Event-ID).
//   - the workers: River runs Config.Workers briefings at once in this process; a
//     process with none only inserts. A job whose process dies is rescued by River
//     (Config.RescueAfter) and run again by another worker.
//   - the caches: Brief answers a request already briefed from the result cache,
//     and gives the llm engine a summarize.StepCache for its map calls.
//   - the cleaner: expired and surplus jobs, results and cached steps go.
//
// It imports the domain (summarize) and the pipeline, never api/: the HTTP layer
// maps Job, Event and *Error to its contract.
package jobs
