package api

import (
	"context"
	"log/slog"

	"github.com/briefing-news/briefing/summarize/text"
)

// RedactLogger returns a logger that writes through l with the credentials of URLs
// removed from every line (see text.RedactURLs); New wraps Config.Logger with it.
func RedactLogger(l *slog.Logger) *slog.Logger {
	if _, ok := l.Handler().(redactingHandler); ok {
		return l
	}
	return slog.New(redactingHandler{l.Handler()})
}

// redactingHandler passes records on with the credentials of URLs removed from the
// message and every string, error and Stringer attribute: a model endpoint configured
// as http://user:pw@host, or an error that quotes it, never reaches a log line that
// the api package writes.
type redactingHandler struct{ h slog.Handler }

func (r redactingHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return r.h.Enabled(ctx, l)
}

func (r redactingHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, text.RedactURLs(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return r.h.Handle(ctx, out)
}

func (r redactingHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = redactAttr(a)
	}
	return redactingHandler{r.h.WithAttrs(red)}
}

func (r redactingHandler) WithGroup(name string) slog.Handler {
	return redactingHandler{r.h.WithGroup(name)}
}

func redactAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, text.RedactURLs(v.String()))
	case slog.KindGroup:
		g := v.Group()
		red := make([]any, len(g))
		for i, x := range g {
			red[i] = redactAttr(x)
		}
		return slog.Group(a.Key, red...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, text.RedactURLs(x.Error()))
		case interface{ String() string }:
			return slog.String(a.Key, text.RedactURLs(x.String()))
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
