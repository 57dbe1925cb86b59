package api

import (
	"context"
	"embed"
	"net/http"
	"strconv"
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

// pageFile is one embedded file of the page, as a typed answer of the strict server
// that also sets the page's security headers.
type pageFile struct {
	body        []byte
	contentType string
}

func loadPageFile(name, contentType string) pageFile {
	body, err := webFiles.ReadFile("web/" + name)
	if err != nil {
		panic("api: embedded page file missing: " + name) // a build without the file is a bug
	}
	return pageFile{body: body, contentType: contentType}
}

func (f pageFile) visit(w http.ResponseWriter) error {
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("Content-Security-Policy", pagePolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(f.body)))
	w.WriteHeader(http.StatusOK)
	_, err := w.Write(f.body)
	return err
}

func (f pageFile) VisitGetPageResponse(w http.ResponseWriter) error       { return f.visit(w) }
func (f pageFile) VisitGetPageScriptResponse(w http.ResponseWriter) error { return f.visit(w) }
func (f pageFile) VisitGetPageStyleResponse(w http.ResponseWriter) error  { return f.visit(w) }

var (
	pageHTML   = loadPageFile("index.html", "text/html; charset=utf-8")
	pageScript = loadPageFile("app.js", "text/javascript; charset=utf-8")
	pageStyle  = loadPageFile("app.css", "text/css; charset=utf-8")
)

// GetPage answers GET / with the reporters' page.
func (s *Server) GetPage(context.Context, GetPageRequestObject) (GetPageResponseObject, error) {
	return pageHTML, nil
}

// GetPageScript answers GET /app.js.
func (s *Server) GetPageScript(context.Context, GetPageScriptRequestObject) (GetPageScriptResponseObject, error) {
	return pageScript, nil
}

// GetPageStyle answers GET /app.css.
func (s *Server) GetPageStyle(context.Context, GetPageStyleRequestObject) (GetPageStyleResponseObject, error) {
	return pageStyle, nil
}
