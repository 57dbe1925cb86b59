package api

import (
	"fmt"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// routes lists the whole API: every operation of openapi.yaml and its middleware chain.
//
//	every request:    RequestID (id, access log, request metrics, final error handling) → Recover
//	/v1/briefings:    Auth → RateLimit → bodyLimit → validate → Inflight → CreateBriefing
//	/v1/merge:        Auth → RateLimit → bodyLimit → validate → Inflight → MergeArticles
//	/healthz, /readyz, /metrics, /openapi.yaml: open, no body
//	/, /app.js, /app.css: the reporters' page, open
//
// Unknown paths (404) and wrong methods (405) end in handleError as problem+json.
func (s *Server) routes(e *echo.Echo) {
	e.Use(
		RequestID(s.logger, s.metrics),
		middleware.RecoverWithConfig(middleware.RecoverConfig{
			DisablePrintStack: true, // the stack goes to handleError's log line, once
			LogErrorFunc: func(_ echo.Context, err error, stack []byte) error {
				return fmt.Errorf("panic: %w\n%s", err, stack)
			},
		}),
	)

	v1 := []echo.MiddlewareFunc{
		Auth(s.cfg.APIKeys),
		RateLimit(s.cfg.RateLimit, nil),
		bodyLimit(s.cfg.MaxBody),
		s.validator.middleware,
	}
	// One pool of slots for the heavy work: a merge of many articles is CPU like a briefing.
	inflight := NewInflight(s.cfg.MaxInflight, s.cfg.QueueTimeout)
	s.metrics.TrackInflight(inflight)
	heavy := append(v1, inflight.Middleware())

	w := &ServerInterfaceWrapper{Handler: s}
	e.POST("/v1/briefings", w.CreateBriefing, heavy...)
	e.POST("/v1/merge", w.MergeArticles, heavy...)
	e.GET("/healthz", w.GetHealthz)
	e.GET("/readyz", w.GetReadyz)
	e.GET("/metrics", w.GetMetrics)
	e.GET("/openapi.yaml", w.GetOpenAPI)
	e.GET("/", w.GetPage)
	e.GET("/app.js", w.GetPageScript)
	e.GET("/app.css", w.GetPageStyle)
}
