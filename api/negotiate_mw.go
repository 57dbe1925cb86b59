package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

// mediaKey is where negotiateMedia keeps the chosen media type in the request context.
const mediaKey ctxKey = 100

// negotiateMedia is the one place content negotiation happens for the routes that
// answer JSON or Markdown: it picks from Accept (negotiate), answers 406 when neither
// is acceptable, before the body is read, and leaves the choice for the handler
// (mediaFrom).
func negotiateMedia(offers ...string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			media, ok := negotiate(c.Request().Header.Get(echo.HeaderAccept), offers...)
			if !ok {
				return problemf(http.StatusNotAcceptable, "this resource answers in %s", strings.Join(offers, " or "))
			}
			req := c.Request()
			c.SetRequest(req.WithContext(context.WithValue(req.Context(), mediaKey, media)))
			return next(c)
		}
	}
}

// mediaFrom returns the media type negotiateMedia chose (JSON when none ran).
func mediaFrom(ctx context.Context) string {
	if m, ok := ctx.Value(mediaKey).(string); ok {
		return m
	}
	return mediaJSON
}
