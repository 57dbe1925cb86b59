package api

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/briefing-news/briefing/summarize"
)

// CreateBriefing answers POST /v1/briefings: the body, already validated against the
// spec, is decoded and checked (DecodeRequest), briefed by the service, and rendered as
// JSON or, when Accept prefers it, Markdown.
func (s *Server) CreateBriefing(c echo.Context) error {
	media, err := s.accept(c)
	if err != nil {
		return err
	}
	req, err := s.decode(c)
	if err != nil {
		return err
	}
	start := time.Now()
	b, err := s.svc.Brief(c.Request().Context(), req)
	if err != nil {
		return err
	}
	if b == nil {
		return errors.New("service returned no briefing and no error")
	}
	s.metrics.ObserveBriefing(b.Engine, time.Since(start), b.Merge.TokensBefore, b.Merge.TokensAfter, b.Merge.DuplicatesRemoved, b.Merge.Passages)
	if media == mediaMarkdown {
		return c.Blob(http.StatusOK, mediaMarkdown+"; charset=utf-8", []byte(BriefingMarkdown(b)))
	}
	return c.JSON(http.StatusOK, BriefingJSON(b))
}

// MergeArticles answers POST /v1/merge with the merged passages and statistics.
func (s *Server) MergeArticles(c echo.Context) error {
	media, err := s.accept(c)
	if err != nil {
		return err
	}
	req, err := s.decode(c)
	if err != nil {
		return err
	}
	r, err := s.svc.Merge(c.Request().Context(), req)
	if err != nil {
		return err
	}
	if r == nil {
		return errors.New("service returned no merge report and no error")
	}
	if media == mediaMarkdown {
		return c.Blob(http.StatusOK, mediaMarkdown+"; charset=utf-8", []byte(MergeMarkdown(r)))
	}
	return c.JSON(http.StatusOK, MergeJSON(r))
}

// GetHealthz answers GET /healthz: the process is up.
func (s *Server) GetHealthz(c echo.Context) error {
	return c.JSON(http.StatusOK, Health{Status: "ok"})
}

// GetReadyz answers GET /readyz: 200 when Config.Ready reports no error, else 503.
func (s *Server) GetReadyz(c echo.Context) error {
	if s.cfg.Ready != nil {
		ctx, cancel := context.WithTimeout(c.Request().Context(), readyTimeout)
		defer cancel()
		if err := s.cfg.Ready(ctx); err != nil {
			// The cause may name internal hosts: it goes to the log, not to the client.
			s.logger.LogAttrs(c.Request().Context(), slog.LevelWarn, "not ready", slog.Any("err", err))
			return problemf(http.StatusServiceUnavailable, "not ready: the model endpoint does not answer")
		}
	}
	return c.JSON(http.StatusOK, Health{Status: "ready"})
}

// GetMetrics answers GET /metrics in the Prometheus text format (404 without metrics).
func (s *Server) GetMetrics(c echo.Context) error {
	if s.metrics == nil {
		return problemf(http.StatusNotFound, "metrics are not enabled")
	}
	s.metrics.Handler().ServeHTTP(c.Response(), c.Request())
	return nil
}

// GetOpenAPI answers GET /openapi.yaml with the embedded spec.
func (s *Server) GetOpenAPI(c echo.Context) error {
	return c.Blob(http.StatusOK, "application/yaml", spec)
}

// accept negotiates the answer's media type: JSON by default, Markdown on request; 406
// when the client accepts neither.
func (s *Server) accept(c echo.Context) (string, error) {
	media, ok := negotiate(c.Request().Header.Get(echo.HeaderAccept), mediaJSON, mediaMarkdown)
	if !ok {
		return "", problemf(http.StatusNotAcceptable, "this resource answers in %s or %s", mediaJSON, mediaMarkdown)
	}
	return media, nil
}

// decode reads the (size-limited) body and checks it with DecodeRequest.
func (s *Server) decode(c echo.Context) (summarize.Request, error) {
	body, err := requestBody(c, s.cfg.MaxBody)
	if err != nil {
		return summarize.Request{}, err
	}
	return DecodeRequest(bytes.NewReader(body))
}
