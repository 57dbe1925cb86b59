package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize/text"
)

// runServe runs the HTTP API until ctx ends (SIGINT or SIGTERM in main), then stops
// accepting connections and lets in-flight briefings finish, model calls included,
// for up to the drain timeout.
func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	metrics := api.NewMetrics()
	st, err := startup{name: "serve", runsJobs: true,
		settings: [][]string{serverFlags, drainFlags, briefFlags, feedFlags}, log: stdout, metrics: metrics, logFailure: true}.open(ctx, args, getenv, stderr)
	if err != nil {
		return err
	}
	// The job store and this process's workers: the /v1/jobs routes, and the
	// result cache of /v1/briefings.
	cfg, logger, pipeline, js := st.cfg, st.logger, st.pipeline, st.js
	if err := js.Start(ctx); err != nil {
		return err
	}
	stopJobs := func(ctx context.Context) {
		if err := js.Stop(ctx); err != nil {
			logger.Warn("drain timeout reached; the running jobs go back to the queue", "error", err.Error())
		}
	}
	srv, err := api.New(api.Config{
		MaxBody:         cfg.MaxBody,
		Limits:          pipeline.RequestLimits(), // the API applies the request rules, once, under the pipeline's limits
		MaxFeedArticles: cfg.MaxFeedArticles,
		APIKeys:         cfg.APIKeys,
		RateLimit:       cfg.RateLimit,
		MaxInflight:     cfg.maxInflight(),
		QueueTimeout:    cfg.QueueTimeout,
		RequestTimeout:  cfg.RequestTimeout,
		Ready:           st.ready,
		Logger:          logger,
		Metrics:         metrics,
		Jobs:            js,
	}, pipeline)
	if err != nil {
		stopJobs(context.Background())
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		stopJobs(context.Background())
		return err
	}
	// net/http's own error answers (bad request line, headers too large…) as problem+json.
	ln = api.ProblemListener(ln)
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		// A backstop: the API bounds the body read, the work (RequestTimeout) and the
		// answer's write (api.DefaultWriteTimeout) of each request itself.
		WriteTimeout:   cfg.QueueTimeout + cfg.RequestTimeout + api.DefaultBodyTimeout + api.DefaultWriteTimeout,
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
		// The base context is not ctx: a signal must not cancel in-flight briefings.
	}
	attrs := []any{"addr", ln.Addr().String(), "engine", pipeline.DefaultEngine, "fallback", "extractive",
		"max_inflight", cfg.maxInflight(), "auth", len(cfg.APIKeys) > 0, "fetch", cfg.Fetch.On, "request_timeout", cfg.RequestTimeout.String(),
		"store", js.Where(), "workers", cfg.Jobs.Workers}
	if cfg.llmConfigured() {
		attrs = append(attrs, "model", cfg.Model, "base_url", text.RedactURLs(cfg.BaseURL), "context_tokens", cfg.ContextTokens)
	}
	logger.Info("briefing is listening", attrs...)

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		stopJobs(context.Background())
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: no new connections; letting in-flight briefings finish", "drain_timeout", cfg.DrainTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.DrainTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		logger.Warn("drain timeout reached; closing the remaining connections", "error", err.Error())
		_ = hs.Close()
	}
	stopJobs(sctx)
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}
