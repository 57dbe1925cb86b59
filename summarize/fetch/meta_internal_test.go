package fetch

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestReadMeta(t *testing.T) {
	for _, tc := range []struct {
		name, page, site, title, published string
	}{
		{"og", `<head><meta property="og:site_name" content="The Courier"><meta property="og:title" content="Flood &amp; rain"><meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>`,
			"The Courier", "Flood & rain", "2024-03-01T10:00:00Z"},
		{"title stripped of the site", `<title>Flood warning issued – The Courier</title><meta property="og:site_name" content="The Courier">`,
			"The Courier", "Flood warning issued", ""},
		{"twitter title, name attribute date", `<meta name="twitter:title" content="Storm  hits
 coast"><meta name="pubdate" content="2024-03-01">`, "", "Storm hits coast", "2024-03-01T00:00:00Z"},
		{"better date wins", `<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2024-03-01T10:00:00+01:00">`,
			"", "", "2024-03-01T09:00:00Z"},
		{"bad date ignored", `<meta property="article:published_time" content="yesterday"><meta name="date" content="2023-12-31">`, "", "", "2023-12-31T00:00:00Z"},
		{"stops at body", `<head><title>Real</title></head><body><meta property="og:title" content="Fake"><title>Fake</title>`, "", "Real", ""},
		{"control and bidi characters dropped", "<title>A\u202e\x01B\u200b</title>", "", "A B", ""},
		{"empty", ``, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := readMeta(tc.page)
			pub := ""
			if m.Published != nil {
				pub = m.Published.UTC().Format(time.RFC3339)
			}
			if m.SiteName != tc.site || m.Title != tc.title || pub != tc.published {
				t.Errorf("readMeta = %q, %q, %q; want %q, %q, %q", m.SiteName, m.Title, pub, tc.site, tc.title, tc.published)
			}
		})
	}
}

// FuzzReadMeta: any page gives a meta of short, printable, valid UTF-8 values and
// a plausible date, without panicking.
func FuzzReadMeta(f *testing.F) {
	f.Add(`<html><head><title>T</title><meta property="og:site_name" content="S"><meta property="article:published_time" content="2024-01-02T03:04:05Z"></head><body>x</body></html>`)
	f.Add(`<meta name=date content="2024-01-02"><title>A | B</title><meta property=og:site_name content=B>`)
	f.Add("<title>\xff\xfe<title></title>")
	f.Fuzz(func(t *testing.T, page string) {
		m := readMeta(page)
		for _, v := range []string{m.SiteName, m.Title} {
			if !utf8.ValidString(v) || utf8.RuneCountInString(v) > maxMetaChars {
				t.Fatalf("value %q is not valid UTF-8 or is too long", v)
			}
			if v != strings.TrimSpace(v) || strings.Contains(v, "  ") {
				t.Fatalf("value %q has spaces left to collapse", v)
			}
			for _, r := range v {
				if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
					t.Fatalf("value %q holds %U", v, r)
				}
			}
		}
		if p := m.Published; p != nil && (p.Year() < 1900 || p.Year() > 2100) {
			t.Fatalf("published %v", p)
		}
	})
}
