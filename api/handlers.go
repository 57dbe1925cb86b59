package api

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/common/expfmt"

	"github.com/briefing-news/briefing/api/jobs"
	"github.com/briefing-news/briefing/summarize"
)

// compile-time check that the handlers implement the generated strict interface.
var _ StrictServerInterface = (*Server)(nil)

// CreateBriefing answers POST /v1/briefings. The body arrives as the typed request
// object the strict handler bound from the value the schema was checked against; the
// request rules are summarize.Request.Valid's; the answer is JSON, Markdown or a
// stream of server-sent events as the negotiate middleware chose. With a job store
// the briefing goes through its result cache (X-Cache).
func (s *Server) CreateBriefing(ctx context.Context, request CreateBriefingRequestObject) (CreateBriefingResponseObject, error) {
	req, err := s.request(request.Body)
	if err != nil {
		return nil, err
	}
	bypass := noCache(request.Params.CacheControl)
	if mediaFrom(ctx) == mediaEventStream {
		return s.streamBriefing(ctx, req, bypass), nil
	}
	ctx, cancel := s.workContext(ctx)
	defer cancel()
	b, cache, err := s.brief(ctx, req, bypass, nil)
	if err != nil {
		return nil, err
	}
	headers := CreateBriefing200ResponseHeaders{XCache: cache}
	if mediaFrom(ctx) == mediaMarkdown {
		md := BriefingMarkdown(b)
		return CreateBriefing200TextmarkdownResponse{Body: strings.NewReader(md), ContentLength: int64(len(md)), Headers: headers}, nil
	}
	return CreateBriefing200JSONResponse{Body: BriefingJSON(b), Headers: headers}, nil
}

// brief writes one briefing, through the job store's result cache when there is
// one; cache is the X-Cache value (nil without a store).
func (s *Server) brief(ctx context.Context, req summarize.Checked, bypass bool, progress summarize.ProgressFunc) (b *summarize.Briefing, cache *string, err error) {
	start := time.Now()
	hit := false
	if s.cfg.Jobs != nil {
		b, hit, err = s.cfg.Jobs.Brief(ctx, req, jobs.BriefOptions{NoCache: bypass, Progress: progress})
		v := "miss"
		if hit {
			v = "hit"
		}
		cache = &v
	} else {
		if progress != nil {
			ctx = summarize.WithProgress(ctx, progress)
		}
		b, err = s.svc.BriefChecked(ctx, req)
	}
	if err != nil {
		return nil, nil, err
	}
	if b == nil {
		return nil, nil, errors.New("service returned no briefing and no error")
	}
	if !hit {
		s.metrics.ObserveBriefing(b.Engine, time.Since(start), b.Merge.TokensBefore, b.Merge.TokensAfter, b.Merge.DuplicatesRemoved, b.Merge.Passages)
	}
	return b, cache, nil
}

// streamBriefing answers a briefing as server-sent events: the work runs while the
// stream is written, holding the request's slot, under RequestTimeout, and ends
// when the client goes away (the request's context).
func (s *Server) streamBriefing(ctx context.Context, req summarize.Checked, bypass bool) sseStream {
	out := make(chan sseEvent, 16)
	go func() {
		defer close(out)
		defer ReleaseSlot(ctx)
		wctx, cancel := s.workContext(ctx)
		defer cancel()
		k := newProgressEvents(ctx, out, "/v1/briefings")
		b, _, err := s.brief(wctx, req, bypass, k.fold.Report)
		if ctx.Err() != nil {
			return // the client went away: nobody to tell
		}
		k.finish(s, "/v1/briefings", b, err)
	}()
	return sseStream{ctx: ctx, events: out, keepAlive: s.cfg.KeepAlive, write: s.cfg.WriteTimeout, logger: s.logger}
}

// MergeArticles answers POST /v1/merge with the merged passages and statistics.
func (s *Server) MergeArticles(ctx context.Context, request MergeArticlesRequestObject) (MergeArticlesResponseObject, error) {
	req, err := s.request(request.Body)
	if err != nil {
		return nil, err
	}
	ctx, cancel := s.workContext(ctx)
	defer cancel()
	r, err := s.svc.MergeChecked(ctx, req)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("service returned no merge report and no error")
	}
	if mediaFrom(ctx) == mediaMarkdown {
		md := MergeMarkdown(r)
		return MergeArticles200TextmarkdownResponse{Body: strings.NewReader(md), ContentLength: int64(len(md))}, nil
	}
	return MergeArticles200JSONResponse(MergeJSON(r)), nil
}

// CheckClaims answers POST /v1/check: each claim's (or draft sentence's) verdict.
func (s *Server) CheckClaims(ctx context.Context, request CheckClaimsRequestObject) (CheckClaimsResponseObject, error) {
	if request.Body == nil {
		return nil, errors.New("strict handler bound no body")
	}
	req, err := checkFromWire(*request.Body).Check(s.cfg.Limits)
	if err != nil {
		return nil, err
	}
	ctx, cancel := s.workContext(ctx)
	defer cancel()
	r, err := s.svc.CheckClaims(ctx, req)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("service returned no check report and no error")
	}
	return CheckClaims200JSONResponse(CheckJSON(r)), nil
}

// request converts the typed body and applies the request rules, the one time they
// run for the request: the service and the job store take it checked.
func (s *Server) request(body *BriefingRequest) (summarize.Checked, error) {
	if body == nil {
		return summarize.Checked{}, errors.New("strict handler bound no body")
	}
	return requestFromWire(*body).Check(s.cfg.Limits)
}

// workContext bounds the work of one briefing or merge by Config.RequestTimeout.
func (s *Server) workContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if s.cfg.RequestTimeout <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeoutCause(ctx, s.cfg.RequestTimeout, errRequestTimeout)
}

// GetHealthz answers GET /healthz: the process is up.
func (s *Server) GetHealthz(context.Context, GetHealthzRequestObject) (GetHealthzResponseObject, error) {
	return GetHealthz200JSONResponse{Status: "ok"}, nil
}

// GetReadyz answers GET /readyz: 200 when Config.Ready reports no error, else 503.
func (s *Server) GetReadyz(ctx context.Context, _ GetReadyzRequestObject) (GetReadyzResponseObject, error) {
	if s.cfg.Ready != nil {
		rctx, cancel := context.WithTimeout(ctx, readyTimeout)
		defer cancel()
		if err := s.cfg.Ready(rctx); err != nil {
			// The cause may name internal hosts: it goes to the log, not to the client.
			LoggerFrom(ctx).LogAttrs(ctx, slog.LevelWarn, "not ready", slog.Any("err", err))
			return nil, problemf(http.StatusServiceUnavailable, "not ready: the model endpoint does not answer")
		}
	}
	return GetReadyz200JSONResponse{Status: "ready"}, nil
}

// GetMetrics answers GET /metrics in the Prometheus text format (404 without metrics).
func (s *Server) GetMetrics(context.Context, GetMetricsRequestObject) (GetMetricsResponseObject, error) {
	if s.metrics == nil {
		return nil, problemf(http.StatusNotFound, "metrics are not enabled")
	}
	families, err := s.metrics.reg.Gather()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := expfmt.NewEncoder(&buf, expfmt.NewFormat(expfmt.TypeTextPlain))
	for _, f := range families {
		if err := enc.Encode(f); err != nil {
			return nil, err
		}
	}
	return GetMetrics200TextResponse(buf.String()), nil
}

// GetOpenAPI answers GET /openapi.yaml with the embedded spec.
func (s *Server) GetOpenAPI(context.Context, GetOpenAPIRequestObject) (GetOpenAPIResponseObject, error) {
	return GetOpenAPI200ApplicationyamlResponse{Body: bytes.NewReader(spec), ContentLength: int64(len(spec))}, nil
}
