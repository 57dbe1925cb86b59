package api

import (
	"fmt"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// routes lists the whole API: every operation of openapi.yaml and its middleware chain.
//
//	every request:    RequestID (id, access log, request metrics, final error handling) → Recover
//	/v1/briefings:    negotiate → Auth → RateLimit → Gate → readBody → Inflight → validate → strict CreateBriefing
//	/v1/merge:        negotiate → Auth → RateLimit → Gate → readBody → Inflight → validate → strict MergeArticles
//	/v1/stories:      negotiate (JSON only) → Auth → RateLimit → Gate → readBody (feed limits) → Inflight → validate → strict GroupStories
//	POST /v1/stories/articles: as /v1/stories (strict AddStoryArticles, the job store's feed)
//	GET /v1/stories, …/{id}/versions/{n}: negotiate (JSON only) → Auth → RateLimit → strict handler (a read of the store)
//	GET /v1/stories/{id}: negotiate (JSON only) → Auth → RateLimit → Inflight → strict GetStory (may brief the story)
//	/v1/check:        negotiate (JSON only) → Auth → RateLimit → Gate → readBody → Inflight → validate → strict CheckClaims
//	POST /v1/jobs:    negotiate (JSON only) → Auth → RateLimit → readBody → validate → strict CreateJob (no slot: it only queues)
//	/v1/jobs/{id}, …/cancel, …/events: negotiate → Auth → RateLimit → strict handler (a read or write of the store)
//	/healthz, /readyz, /metrics, /openapi.yaml: open, no body
//	/, /app.js, /app.css: the reporters' page, open
//
// The order is the cost order. 406, 401 and 429 cost nothing. readBody reads the body
// with a deadline into a buffer that grows with what arrived and counts the articles as
// they arrive (413 early), before the request may wait for a slot: a slow sender holds
// a connection and the bytes it sent, never a slot. Inflight bounds both the requests
// running (its slots, shared fairly between clients) and the requests waiting (Gate
// counts the bytes they hold as they arrive, and refuses with 503 what does not
// fit). Inside the slot the body is parsed once and checked against the schema (validate), the strict handler binds the typed request from that
// parse, summarize.Request.Valid applies the rules, the service runs under
// RequestTimeout, and the slot is given back before the answer is written (a client
// that does not read holds no slot; WriteTimeout ends it).
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

	limiter := newClientLimiter(s.cfg.RateLimit, s.cfg.AuthFailures, nil)
	// One pool of slots for the heavy work: a merge of many articles is CPU like a briefing.
	inflight := NewInflight(s.cfg.MaxInflight, s.cfg.QueueTimeout)
	inflight.SetMaxWaitingBytes(s.cfg.MaxWaitingBytes)
	s.metrics.TrackInflight(inflight)
	s.inflight = inflight
	heavy := func(op string, media ...string) []echo.MiddlewareFunc {
		return []echo.MiddlewareFunc{
			negotiateMedia(media...),
			authWith(s.cfg.APIKeys, limiter),
			limiter.middleware(),
			inflight.Gate(s.cfg.MaxBody),
			readBody(s.cfg.MaxBody, s.cfg.Limits.MaxArticles, s.cfg.BodyTimeout),
			inflight.Middleware(),
			s.validator.middleware(op),
		}
	}

	strict := NewStrictHandler(s, []StrictMiddlewareFunc{releaseBeforeWrite(s.cfg.WriteTimeout)})
	w := &ServerInterfaceWrapper{Handler: strict}
	e.POST("/v1/briefings", w.CreateBriefing, heavy("createBriefing", mediaJSON, mediaMarkdown, mediaEventStream)...)
	e.POST("/v1/merge", w.MergeArticles, heavy("mergeArticles", mediaJSON, mediaMarkdown)...)
	// A feed: up to MaxFeedArticles articles, in a body sized for them (feedMaxBody)
	// that one client's half of the waiting room can hold.
	feedLim := s.feedLimits()
	feedBody := feedMaxBody(s.cfg.MaxBody, feedLim.MaxArticles, s.cfg.MaxWaitingBytes)
	syncFeed := chain(inflight.Gate(feedBody), readBody(feedBody, feedLim.MaxArticles, s.cfg.BodyTimeout),
		inflight.Middleware(), s.validator.middleware("groupStories"))
	// A feed grouped as a job (Prefer: respond-async) takes no slot and is not
	// held in the waiting room, so its body may be larger (feedJobMaxBody); the
	// job bodies being read at once hold at most two such bodies together, one
	// client at most one, counted as they arrive.
	jobBody := feedJobMaxBody(s.cfg.MaxBody, feedLim.MaxArticles)
	jobRoom := NewInflight(1, s.cfg.QueueTimeout)
	jobRoom.SetMaxWaitingBytes(2 * (jobBody + WaitOverhead))
	asyncFeed := chain(jobRoom.Gate(jobBody), readBody(jobBody, feedLim.MaxArticles, s.cfg.BodyTimeout),
		s.validator.middleware("groupStories"))
	e.POST("/v1/stories", w.GroupStories, negotiateMedia(mediaJSON), authWith(s.cfg.APIKeys, limiter), limiter.middleware(),
		func(next echo.HandlerFunc) echo.HandlerFunc {
			syncH, asyncH := syncFeed(next), asyncFeed(next)
			return func(c echo.Context) error {
				if _, ok := s.cfg.Jobs.(FeedJobs); ok && respondAsync(ptr(c.Request().Header.Get("Prefer"))) {
					return asyncH(c)
				}
				return syncH(c)
			}
		})
	// The stored feed (the job store's): adding articles takes a slot as a feed
	// does; reading a story may brief it, so it takes one too.
	e.POST("/v1/stories/articles", w.AddStoryArticles, negotiateMedia(mediaJSON), authWith(s.cfg.APIKeys, limiter), limiter.middleware(),
		inflight.Gate(feedBody), readBody(feedBody, feedLim.MaxArticles, s.cfg.BodyTimeout),
		inflight.Middleware(), s.validator.middleware("addStoryArticles"))
	e.GET("/v1/stories", w.ListStories, negotiateMedia(mediaJSON), authWith(s.cfg.APIKeys, limiter), limiter.middleware())
	e.GET("/v1/stories/:id", w.GetStory, negotiateMedia(mediaJSON), authWith(s.cfg.APIKeys, limiter), limiter.middleware(), inflight.Middleware())
	e.GET("/v1/stories/:id/versions/:n", w.GetStoryVersion, negotiateMedia(mediaJSON), authWith(s.cfg.APIKeys, limiter), limiter.middleware())
	e.POST("/v1/check", w.CheckClaims, heavy("checkClaims", mediaJSON)...)
	// Jobs: a submission is checked like a briefing but only queued, so it takes no
	// slot; reading a job is a read of the store.
	light := func(media string, body string) []echo.MiddlewareFunc {
		mw := []echo.MiddlewareFunc{negotiateMedia(media), authWith(s.cfg.APIKeys, limiter), limiter.middleware()}
		if body != "" {
			mw = append(mw, readBody(s.cfg.MaxBody, s.cfg.Limits.MaxArticles, s.cfg.BodyTimeout), s.validator.middleware(body))
		}
		return mw
	}
	e.POST("/v1/jobs", w.CreateJob, light(mediaJSON, "createJob")...)
	e.GET("/v1/jobs/:id", w.GetJob, light(mediaJSON, "")...)
	e.POST("/v1/jobs/:id/cancel", w.CancelJob, light(mediaJSON, "")...)
	e.GET("/v1/jobs/:id/events", w.GetJobEvents, light(mediaEventStream, "")...)
	e.GET("/healthz", w.GetHealthz)
	e.GET("/readyz", w.GetReadyz)
	e.GET("/metrics", w.GetMetrics)
	e.GET("/openapi.yaml", w.GetOpenAPI)
	e.GET("/", w.GetPage)
	e.GET("/app.js", w.GetPageScript)
	e.GET("/app.css", w.GetPageStyle)
}

// chain is the middlewares mws as one, the first outermost.
func chain(mws ...echo.MiddlewareFunc) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		for i := len(mws) - 1; i >= 0; i-- {
			next = mws[i](next)
		}
		return next
	}
}

func ptr[T any](v T) *T { return &v }

// releaseBeforeWrite gives back the request's in-flight slot as soon as the handler's
// work is done and before the generated code writes the answer, and bounds that write
// by timeout: the answer is in memory by then, so only the client's reading is left.
func releaseBeforeWrite(timeout time.Duration) StrictMiddlewareFunc {
	return func(f StrictHandlerFunc, _ string) StrictHandlerFunc {
		return func(c echo.Context, request any) (any, error) {
			res, err := f(c, request)
			if _, ok := res.(interface{ streaming() }); ok && err == nil {
				return res, nil // an event stream works while it writes, and bounds each write
			}
			ReleaseSlot(c.Request().Context())
			setWriteDeadline(c, timeout)
			return res, err
		}
	}
}

// setWriteDeadline bounds the rest of the answer's writing, where the connection allows.
func setWriteDeadline(c echo.Context, timeout time.Duration) {
	if timeout > 0 {
		_ = http.NewResponseController(c.Response()).SetWriteDeadline(time.Now().Add(timeout))
	}
}
