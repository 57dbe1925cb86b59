package normalize

import (
	"fmt"
	"net/url"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// libraryOptions are the options extractTree gives go-trafilatura: comments
// left out, no deduplication, the page's URL when it has one.
func libraryOptions(u *url.URL) trafilatura.Options {
	return trafilatura.Options{OriginalURL: u, ExcludeComments: true, Deduplicate: false}
}

// LibraryText is go-trafilatura's own text of an HTML page (its ContentText),
// with the options HTML runs it with and none of this package's rules: the
// library alone, which the extraction harness (eval/extraction) measures ours
// against. A page the library cannot read gives "" and no error; the error is
// non-nil only when pageURL is neither empty nor a valid absolute URL.
func LibraryText(page, pageURL string) (text string, err error) {
	var u *url.URL
	if pageURL != "" {
		u, err = url.Parse(pageURL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return "", fmt.Errorf("normalize: page url %q is not an absolute URL", pageURL)
		}
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", nil
	}
	defer func() {
		if recover() != nil {
			text, err = "", nil
		}
	}()
	res, err := trafilatura.ExtractDocument(doc, libraryOptions(u))
	if err != nil || res == nil {
		return "", nil
	}
	return res.ContentText, nil
}
