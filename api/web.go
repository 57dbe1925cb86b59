package api

import (
	"embed"
	"net/http"

	"github.com/labstack/echo/v4"
)

// The reporters' page: three static files embedded in the binary, served with a strict
// Content-Security-Policy (scripts and styles from this origin only, no inline code,
// requests to this origin only), so the page makes no request to any other host and
// nothing an article holds can run.
//
//go:embed web/index.html web/app.js web/app.css
var webFiles embed.FS

// pagePolicy is the Content-Security-Policy of the page and its files.
const pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
	"img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// webFile answers GET for one embedded file of the page.
func webFile(name, contentType string) echo.HandlerFunc {
	body, err := webFiles.ReadFile("web/" + name)
	if err != nil {
		panic("api: embedded page file missing: " + name) // a build without the file is a bug
	}
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", pagePolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		return c.Blob(http.StatusOK, contentType, body)
	}
}

var (
	pageHTML   = webFile("index.html", "text/html; charset=utf-8")
	pageScript = webFile("app.js", "text/javascript; charset=utf-8")
	pageStyle  = webFile("app.css", "text/css; charset=utf-8")
)

// GetPage answers GET / with the reporters' page.
func (s *Server) GetPage(c echo.Context) error { return pageHTML(c) }

// GetPageScript answers GET /app.js.
func (s *Server) GetPageScript(c echo.Context) error { return pageScript(c) }

// GetPageStyle answers GET /app.css.
func (s *Server) GetPageStyle(c echo.Context) error { return pageStyle(c) }
