package fetch

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of the meta reader: it reads the head only, and only so far.
const (
	maxHeadBytes = 512 << 10 // bytes of the page read looking for meta tags
	maxMetaChars = 500       // characters kept of a site name or title
)

// meta is what a page's head says about it; every field may be empty.
type meta struct {
	SiteName  string     // og:site_name, application-name
	Title     string     // og:title, twitter:title, or <title>
	Published *time.Time // article:published_time and its kin
}

// readMeta reads the head of an HTML page for its site name, title and date of
// publication. It stops at <body>, </head> or maxHeadBytes, whichever is first, and
// never fails: a page without them gives an empty meta.
func readMeta(page string) meta {
	if len(page) > maxHeadBytes {
		page = page[:maxHeadBytes]
	}
	z := html.NewTokenizer(strings.NewReader(page))
	z.SetMaxBuf(maxHeadBytes)
	var (
		m                         meta
		ogTitle, twTitle, appName string
		inTitle, seenTitle        bool
		title                     strings.Builder
		published                 string
		publishedRank             = 99
	)
loop:
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			break loop
		case html.TextToken:
			if inTitle && title.Len() < 4*maxMetaChars {
				title.Write(z.Text())
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Title:
				inTitle = false
			case atom.Head:
				break loop
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				break loop
			case atom.Title:
				// The first <title> only; its text is the tokens up to </title>.
				inTitle = tt == html.StartTagToken && !seenTitle
				seenTitle = true
			case atom.Meta:
				if !hasAttr {
					continue
				}
				var key, content string
				for {
					k, v, more := z.TagAttr()
					switch strings.ToLower(string(k)) {
					case "property", "name", "itemprop":
						if key == "" {
							key = strings.ToLower(strings.TrimSpace(string(v)))
						}
					case "content":
						content = string(v)
					}
					if !more {
						break
					}
				}
				content = clean(content)
				if content == "" {
					continue
				}
				switch key {
				case "og:site_name":
					if m.SiteName == "" {
						m.SiteName = content
					}
				case "application-name":
					if appName == "" {
						appName = content
					}
				case "og:title":
					if ogTitle == "" {
						ogTitle = content
					}
				case "twitter:title":
					if twTitle == "" {
						twTitle = content
					}
				default:
					if r, ok := dateKeys[key]; ok && r < publishedRank {
						if _, ok := parseDate(content); ok {
							published, publishedRank = content, r
						}
					}
				}
			}
		}
	}
	if m.SiteName == "" {
		m.SiteName = appName
	}
	switch {
	case ogTitle != "":
		m.Title = ogTitle
	case twTitle != "":
		m.Title = twTitle
	default:
		m.Title = stripSiteName(clean(title.String()), m.SiteName)
	}
	if t, ok := parseDate(published); ok {
		m.Published = &t
	}
	return m
}

// dateKeys are the meta names that give a page's date of publication, best first.
var dateKeys = map[string]int{
	"article:published_time":    0,
	"og:article:published_time": 1,
	"datepublished":             2,
	"parsely-pub-date":          3,
	"sailthru.date":             4,
	"pubdate":                   5,
	"publish-date":              6,
	"dc.date.issued":            7,
	"dcterms.created":           8,
	"date":                      9,
}

// dateLayouts are the forms of date the reader accepts, all with a time zone or
// none (read as UTC).
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate reads a date of publication; a year before 1900 or after 2100 is not one.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// stripSiteName removes the site's name from a <title> such as "Story – Site" or
// "Site | Story", so that the title is the story's.
func stripSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if rest, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
		if rest, ok := strings.CutPrefix(title, site+sep); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return title
}

// clean makes a value read from a page fit to show: valid UTF-8, no control
// characters, spaces collapsed, at most maxMetaChars characters.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD") // the tokenizer has unescaped entities
	var b strings.Builder
	space, n := false, 0
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if unicode.Is(unicode.Cf, r) { // format characters: bidi overrides, zero-width
			continue
		}
		if n >= maxMetaChars {
			break
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	out := b.String()
	if !utf8.ValidString(out) {
		return ""
	}
	return out
}
