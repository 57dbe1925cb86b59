package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/summarize/text"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx", for this package's tables on Postgres
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"
	_ "modernc.org/sqlite" // database/sql driver "sqlite", pure Go
)

// DatabaseFile is the SQLite file's name under Config.DataDir.
const DatabaseFile = "briefing.db"

// store is the database: this package's tables through database/sql (every
// statement in queries.go), and the River client on the same database.
type store struct {
	db       *sql.DB
	postgres bool
	pool     *pgxpool.Pool // Postgres only: River's pool
	where    string        // the SQLite file, or the Postgres URL redacted
}

// q rewrites a query written with ? placeholders for the dialect.
func (s *store) q(query string) string {
	if !s.postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (s *store) exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.q(query), args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// openStore opens the database that cfg names: Postgres for a postgres:// or
// postgresql:// DatabaseURL, else SQLite in DataDir (created if missing).
func openStore(ctx context.Context, cfg Config) (*store, error) {
	if u := cfg.DatabaseURL; u != "" {
		if !strings.HasPrefix(u, "postgres://") && !strings.HasPrefix(u, "postgresql://") {
			return nil, fmt.Errorf("DATABASE_URL: only postgres:// URLs are supported (leave it unset for SQLite under BRIEFING_DATA_DIR)")
		}
		pool, err := pgxpool.New(ctx, u)
		if err != nil {
			return nil, fmt.Errorf("DATABASE_URL: %w", err)
		}
		db, err := sql.Open("pgx", u)
		if err != nil {
			pool.Close()
			return nil, fmt.Errorf("DATABASE_URL: %w", err)
		}
		db.SetMaxOpenConns(max(4, cfg.Workers+4))
		if err := db.PingContext(ctx); err != nil {
			pool.Close()
			db.Close()
			return nil, fmt.Errorf("DATABASE_URL: postgres not reachable: %w", err)
		}
		return &store{db: db, postgres: true, pool: pool, where: text.RedactURLs(u)}, nil
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("BRIEFING_DATA_DIR: %w", err)
	}
	path := filepath.Join(cfg.DataDir, DatabaseFile)
	// WAL lets a reader run beside the writer; busy_timeout waits for a lock
	// instead of failing; _txlock=immediate takes the write lock at BEGIN, so two
	// transactions never deadlock upgrading their locks.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection, as riversqlite advises: SQLite runs one writer at a time, and
	// River's parallel maintenance would otherwise meet SQLITE_BUSY.
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("BRIEFING_DATA_DIR: sqlite %s: %w", path, err)
	}
	return &store{db: db, where: path}, nil
}

func (s *store) close() {
	s.db.Close()
	if s.pool != nil {
		s.pool.Close()
	}
}

// migrate runs River's migrations and this package's, under an advisory lock on
// Postgres so that processes starting together do not race.
func (s *store) migrate(ctx context.Context) error {
	if s.postgres {
		conn, err := s.db.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		const lock = 0x62726966 // "brif"
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lock); err != nil {
			return fmt.Errorf("migrations: lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lock) //nolint:errcheck
		m, err := rivermigrate.New(riverpgxv5.New(s.pool), nil)
		if err != nil {
			return err
		}
		if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
			return fmt.Errorf("river migrations: %w", err)
		}
	} else {
		m, err := rivermigrate.New(riversqlite.New(s.db), nil)
		if err != nil {
			return err
		}
		if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
			return fmt.Errorf("river migrations: %w", err)
		}
	}
	return s.migrateOwn(ctx)
}

// migrations are this package's schema, in order; a migration never changes once
// released: add one. Times are Unix milliseconds (BIGINT) and documents JSON
// (TEXT) in both dialects; %[1]s is the auto-increment key's type.
var migrations = []string{
	`CREATE TABLE briefing_jobs (
		id               TEXT PRIMARY KEY,
		status           TEXT NOT NULL,
		request          TEXT NOT NULL,
		no_cache         INTEGER NOT NULL DEFAULT 0,
		river_id         BIGINT,
		attempt          INTEGER NOT NULL DEFAULT 0,
		progress         TEXT NOT NULL DEFAULT '{}',
		result           TEXT,
		cached           INTEGER NOT NULL DEFAULT 0,
		error_code       TEXT,
		error_message    TEXT,
		cancel_requested INTEGER NOT NULL DEFAULT 0,
		created_at       BIGINT NOT NULL,
		updated_at       BIGINT NOT NULL,
		started_at       BIGINT,
		finished_at      BIGINT,
		expires_at       BIGINT NOT NULL
	);
	CREATE INDEX briefing_jobs_status ON briefing_jobs (status, created_at);
	CREATE INDEX briefing_jobs_finished ON briefing_jobs (finished_at);
	CREATE TABLE briefing_job_events (
		id         %[1]s,
		job_id     TEXT NOT NULL,
		kind       TEXT NOT NULL,
		data       TEXT NOT NULL,
		created_at BIGINT NOT NULL
	);
	CREATE INDEX briefing_job_events_job ON briefing_job_events (job_id, id);
	CREATE TABLE briefing_idempotency (
		key        TEXT PRIMARY KEY,
		body_hash  TEXT NOT NULL,
		job_id     TEXT,
		created_at BIGINT NOT NULL,
		expires_at BIGINT NOT NULL
	);
	CREATE INDEX briefing_idempotency_expires ON briefing_idempotency (expires_at);
	CREATE TABLE briefing_cache (
		key        TEXT PRIMARY KEY,
		kind       TEXT NOT NULL,
		value      TEXT NOT NULL,
		created_at BIGINT NOT NULL,
		used_at    BIGINT NOT NULL,
		expires_at BIGINT NOT NULL
	);
	CREATE INDEX briefing_cache_expires ON briefing_cache (kind, expires_at);
	CREATE INDEX briefing_cache_used ON briefing_cache (kind, used_at);`,
	// 2: stories. An article of the stored feed is one row (its id and its
	// text's hash unique: added twice is one article), filed in a story; a
	// story's briefings are its versions.
	`CREATE TABLE briefing_story_articles (
		seq          %[1]s,
		id           TEXT NOT NULL UNIQUE,
		text_hash    TEXT NOT NULL UNIQUE,
		story_id     TEXT NOT NULL,
		source       TEXT NOT NULL,
		title        TEXT NOT NULL,
		url          TEXT NOT NULL,
		text         TEXT NOT NULL,
		published_at BIGINT,
		added_at     BIGINT NOT NULL
	);
	CREATE INDEX briefing_story_articles_story ON briefing_story_articles (story_id, seq);
	CREATE TABLE briefing_stories (
		id              TEXT PRIMARY KEY,
		label           TEXT NOT NULL,
		size            INTEGER NOT NULL,
		first_published BIGINT,
		last_published  BIGINT,
		created_at      BIGINT NOT NULL,
		updated_at      BIGINT NOT NULL
	);
	CREATE INDEX briefing_stories_updated ON briefing_stories (updated_at);
	CREATE TABLE briefing_story_versions (
		story_id   TEXT NOT NULL,
		n          INTEGER NOT NULL,
		size       INTEGER NOT NULL,
		value      TEXT NOT NULL,
		created_at BIGINT NOT NULL,
		PRIMARY KEY (story_id, n)
	);`,
}

func (s *store) migrateOwn(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS briefing_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	var done int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM briefing_migrations`).Scan(&done); err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	serial := "INTEGER PRIMARY KEY AUTOINCREMENT"
	if s.postgres {
		serial = "BIGSERIAL PRIMARY KEY"
	}
	for v := done + 1; v <= len(migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, stmt := range strings.Split(fmt.Sprintf(migrations[v-1], serial), ";") {
			if strings.TrimSpace(stmt) == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback() //nolint:errcheck
				return fmt.Errorf("migration %d: %w", v, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO briefing_migrations (version, applied_at) VALUES (?, ?)`), v, nowMillis()); err != nil {
			tx.Rollback() //nolint:errcheck
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
	}
	return nil
}

// queue is the River client, whatever its driver's transaction type.
type queue interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	StopAndCancel(ctx context.Context) error
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	JobCancel(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobGet(ctx context.Context, id int64) (*rivertype.JobRow, error)
}

func (s *store) newQueue(rc *river.Config) (queue, error) {
	if s.postgres {
		return river.NewClient(riverpgxv5.New(s.pool), rc)
	}
	return river.NewClient(riversqlite.New(s.db), rc)
}

var errNoRows = sql.ErrNoRows

func isNoRows(err error) bool { return errors.Is(err, errNoRows) }
