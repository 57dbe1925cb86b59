// Package jobstest gives tests a database for api/jobs: a fresh Postgres database
// per test on the server BRIEFING_TEST_POSTGRES names, dropped at the end.
package jobstest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// Postgres returns the URL of a new, empty database, or skips the test when
// BRIEFING_TEST_POSTGRES is unset; with BRIEFING_TEST_POSTGRES_REQUIRE=1 (CI) it
// fails instead, so that the Postgres tests cannot silently stop running.
func Postgres(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("BRIEFING_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("BRIEFING_TEST_POSTGRES_REQUIRE") == "1" {
			t.Fatal("BRIEFING_TEST_POSTGRES_REQUIRE=1 but BRIEFING_TEST_POSTGRES is unset")
		}
		t.Skip("BRIEFING_TEST_POSTGRES is unset (a postgres:// URL of a server where the tests may create databases)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b [6]byte
	rand.Read(b[:]) //nolint:errcheck
	name := "briefing_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("BRIEFING_TEST_POSTGRES: create database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") //nolint:errcheck
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
