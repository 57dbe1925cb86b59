package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
)

// Service is what the API needs from the pipeline (*pipeline.Pipeline implements it).
// The API checks each request once (Config.Limits) and hands it on checked.
type Service interface {
	// BriefChecked writes one briefing.
	BriefChecked(ctx context.Context, req summarize.Checked) (*summarize.Briefing, error)
	// MergeChecked runs the merge only and reports what each article adds.
	MergeChecked(ctx context.Context, req summarize.Checked) (*summarize.MergeReport, error)
	// CheckClaims checks claims, or the sentences of a draft, against the articles.
	CheckClaims(ctx context.Context, req summarize.CheckedClaims) (*summarize.CheckReport, error)
}

// Config holds the server's settings; zero values mean the documented defaults.
type Config struct {
	MaxBody int64 // largest request body in bytes (default 8 MiB)
	// Limits are the request limits, the pipeline's RequestLimits (zero fields:
	// summarize's defaults): the request rules run under them here, once per
	// request. Without FetchURLs an article sent by url alone is refused with 422.
	Limits summarize.Limits
	// MaxFeedArticles is the most articles of one feed (POST /v1/stories; 0:
	// summarize.DefaultMaxFeedArticles).
	MaxFeedArticles int
	APIKeys         []string // bearer keys for /v1/*; empty: open
	RateLimit       int      // requests per minute per key, or per address prefix when open (0: off)
	AuthFailures    int      // failed authentications per minute per address prefix before 429 (default 10)
	MaxInflight     int      // briefings and merges at once (0: DefaultMaxInflight for extractive)
	// MaxWaitingBytes bounds the bytes (bodies, and WaitOverhead each) that the
	// requests waiting for a slot hold together (0: DefaultMaxWaitingBytes); one
	// client may hold at most half of it, so it is raised to twice MaxBody and
	// WaitOverhead at least.
	MaxWaitingBytes int64
	QueueTimeout    time.Duration // wait for a briefing slot before 503 (default 2s)
	// BodyTimeout bounds the reading of one request body (default 30s; 408 after it).
	BodyTimeout time.Duration
	// RequestTimeout bounds the work of one briefing or merge (0: none but the engine's own).
	RequestTimeout time.Duration
	// WriteTimeout bounds the writing of one answer once the work is done (default 30s).
	WriteTimeout time.Duration
	Ready        func(ctx context.Context) error // for /readyz; nil: always ready
	Logger       *slog.Logger                    // nil: discard; credentials in URLs are redacted from every line
	Metrics      *Metrics                        // nil: no metrics (/metrics answers 404)
	// Jobs is the job store (*jobs.Service): the /v1/jobs routes, and the result cache
	// of /v1/briefings. nil: the job routes answer 503 and briefings are not cached.
	Jobs Jobs
	// KeepAlive is the time between keep-alive comments on an event stream (default 15s).
	KeepAlive time.Duration
}

// Jobs is what the API needs from the job store; *jobs.Service implements it.
type Jobs interface {
	Submit(ctx context.Context, req summarize.Checked, opts jobs.SubmitOptions) (jobs.Submitted, error)
	Get(ctx context.Context, id string) (*jobs.Job, error)
	Cancel(ctx context.Context, id string) (*jobs.Job, error)
	Stream(ctx context.Context, id string, after int64) (<-chan jobs.Event, error)
	Brief(ctx context.Context, req summarize.Checked, opts jobs.BriefOptions) (*summarize.Briefing, bool, error)
}

var (
	_ Jobs         = (*jobs.Service)(nil)
	_ jobs.Metrics = (*Metrics)(nil)
)

// Defaults of Config.
const (
	DefaultMaxBody      = 8 << 20
	DefaultQueueTimeout = 2 * time.Second
	DefaultBodyTimeout  = 30 * time.Second
	DefaultWriteTimeout = 30 * time.Second
	DefaultAuthFailures = 10
	DefaultKeepAlive    = 15 * time.Second
	// readyTimeout bounds one call of Config.Ready.
	readyTimeout = 5 * time.Second
)

// Server is the HTTP API: Echo routes over a Service, validated against openapi.yaml.
type Server struct {
	cfg       Config
	svc       Service
	logger    *slog.Logger
	metrics   *Metrics
	validator *validator
	echo      *echo.Echo
	inflight  *Inflight // the heavy routes' slots and waiting room (routes)
}

// New builds a server over svc; it fails when the embedded spec does not load.
func New(cfg Config, svc Service) (*Server, error) {
	if svc == nil {
		return nil, errors.New("api: nil Service")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.QueueTimeout <= 0 {
		cfg.QueueTimeout = DefaultQueueTimeout
	}
	if cfg.MaxInflight <= 0 {
		cfg.MaxInflight = DefaultMaxInflight("extractive", runtime.GOMAXPROCS(0))
	}
	if cfg.MaxWaitingBytes <= 0 {
		cfg.MaxWaitingBytes = DefaultMaxWaitingBytes(cfg.MaxInflight, cfg.MaxBody)
	}
	// Bytes are counted while a body is read, slot or none: one client's half must
	// hold the largest body, or it could never be served.
	cfg.MaxWaitingBytes = max(cfg.MaxWaitingBytes, 2*(cfg.MaxBody+WaitOverhead))
	if cfg.BodyTimeout <= 0 {
		cfg.BodyTimeout = DefaultBodyTimeout
	}
	if cfg.WriteTimeout <= 0 {
		cfg.WriteTimeout = DefaultWriteTimeout
	}
	if cfg.KeepAlive <= 0 {
		cfg.KeepAlive = DefaultKeepAlive
	}
	if cfg.AuthFailures <= 0 {
		cfg.AuthFailures = DefaultAuthFailures
	}
	cfg.Limits = cfg.Limits.WithDefaults()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	cfg.Logger = RedactLogger(cfg.Logger)
	v, err := newValidator(spec, cfg.Limits.MaxArticles)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, svc: svc, logger: cfg.Logger, metrics: cfg.Metrics, validator: v}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = s.handleError
	// The client address is the connection's: trusting X-Forwarded-For by default would
	// let a client pick a fresh rate-limit bucket per request. Behind a proxy, swap in
	// echo.ExtractIPFromXFFHeader with the proxy's ranges.
	e.IPExtractor = echo.ExtractIPDirect()
	s.routes(e)
	s.echo = e
	return s, nil
}

// Handler returns the http.Handler that serves the API.
func (s *Server) Handler() http.Handler { return s.echo }
