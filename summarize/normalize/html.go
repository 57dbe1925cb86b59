package normalize

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is the deepest element nesting that HTML hands to the tree-based
// extractors; deeper pages are read by a flat, streaming text walk instead,
// so that nesting cannot exhaust the stack or the time.
const maxDepth = 256

// maxTreeText is the most visible text (bytes) a page may hold for the tree-based
// extractors: go-trafilatura's cost grows faster than the text (about 0.8 s for a
// page of 1 MB of text, 14 s for 4 MB), so a page with more is read by the flat,
// linear walk instead. Real pages hold far less; a page this large is over the
// story-text limit either way, and the pipeline says so.
const maxTreeText = 512 << 10

// treeExtract is extractTree; a test counts its calls.
var treeExtract = extractTree

// HTML extracts the story from an HTML page and returns its paragraphs, one
// per block element, with the same clutter removed as Text.
//
// The page goes through go-trafilatura; when it finds nothing, through
// go-readability; when that finds nothing too, or the page nests deeper than
// maxDepth or does not parse, through a flat walk of the page's text that
// skips navigation, headers, footers, asides and forms. The caller bounds the
// input's size; every pass is linear in it or runs on a tree of bounded depth.
// The error is non-nil only when pageURL is neither empty nor a valid
// absolute URL; a page without story text gives no paragraphs and no error.
func HTML(page string, pageURL string) ([]string, error) {
	x, err := extractHTML(page, pageURL, false)
	return x.paras, err
}

// extracted is what extractHTML read from one page.
type extracted struct {
	paras   []string // story paragraphs
	text    string   // the extractor's text, which the paragraphs are cleaned from
	visible string   // the page's visible text as sent (PageText), when asked for
	meta    pageMeta // what the page says of itself
}

// pageMeta is the page's own title and published time (trafilatura's metadata).
type pageMeta struct {
	title     string
	published time.Time
}

// extractHTML is HTML, keeping the extracted text the paragraphs come from and,
// when visible is set, the page's visible text, read in the same tokenizer pass
// that measures the nesting depth when cleaning leaves the page as it is.
func extractHTML(page string, pageURL string, visible bool) (extracted, error) {
	var x extracted
	var u *url.URL
	if pageURL != "" {
		var err error
		u, err = url.Parse(pageURL)
		if err != nil || !u.IsAbs() || u.Host == "" {
			return x, fmt.Errorf("normalize: page url %q is not an absolute URL", pageURL)
		}
	}
	deep := -1
	sent := page
	page = cleanText(page)
	if visible {
		var d int
		x.visible, d = flatWalk(sent, false)
		if page == sent {
			deep = d
		}
	}
	if strings.TrimSpace(page) == "" {
		return x, nil
	}
	if deep < 0 {
		deep = depth(page)
	}
	if deep <= maxDepth && len(x.visible) <= maxTreeText {
		if doc, err := html.Parse(strings.NewReader(page)); err == nil {
			paras, text, meta := treeExtract(doc, u)
			x.meta = meta
			if len(paras) > 0 {
				x.paras, x.text = paras, text
				return x, nil
			}
		}
	}
	x.text = flatText(page, true)
	x.paras = filter(textUnits(x.text))
	return x, nil
}

// extractTree runs trafilatura and readability on a parsed page and returns the
// paragraphs of the better of the two (see better), with the text of the content
// they were read from and the page's metadata. A panic in either is treated as
// "found nothing", so that flat extraction follows.
func extractTree(doc *html.Node, u *url.URL) (paras []string, text string, meta pageMeta) {
	defer func() {
		if recover() != nil {
			paras, text, meta = nil, "", pageMeta{}
		}
	}()
	src := newPageSource(doc) // before the extractors touch doc
	var traf candidate
	res, err := trafilatura.ExtractDocument(doc, libraryOptions(u))
	if err == nil && res != nil {
		meta = pageMeta{title: strings.TrimSpace(res.Metadata.Title), published: res.Metadata.Date}
		if res.ContentNode != nil {
			traf = src.candidate(blockText(res.ContentNode, nil))
		}
	}
	var read candidate // every reading is checked against readability's; better chooses
	parser := readability.NewParser()
	parser.KeepClasses = true // for pruneBoilerplate
	if art, err := parser.ParseDocument(doc, u); err == nil && art.Node != nil {
		pruneBoilerplate(art.Node)
		read = src.candidate(blockText(art.Node, nil))
	}
	best := better(traf, read)
	if disagree(traf, best) {
		best = traf
	}
	return best.paras, best.text, meta
}

// reBoilerplateAttr matches a class or id of the blocks around a story that
// readability's reading takes in with it when they sit beside the story's
// paragraphs: author boxes, share bars, related links, newsletter and print
// promos, comments, adverts. Trafilatura drops such blocks by the same names.
var reBoilerplateAttr = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:author-?(?:box|bio|info|card|details)|about-(?:the-)?author|bio|share|sharing|social|related|newsletter|promo|inline-promo|subscribe|subscription|comments?|advert\w*|ads?|sponsor\w*)(?:$|[\s_-])`)

// pruneBoilerplate removes from readability's reading the elements whose class
// or id names them as boilerplate (reBoilerplateAttr).
func pruneBoilerplate(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && boilerplateNode(c) {
			n.RemoveChild(c)
		} else {
			pruneBoilerplate(c)
		}
		c = next
	}
}

func boilerplateNode(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && reBoilerplateAttr.MatchString(a.Val) {
			return true
		}
	}
	return false
}

// depth returns the deepest nesting of elements in page, by a tokenizer pass
// that does not build a tree. Void elements and self-closing tags do not
// nest; unclosed elements count as open, so the figure is an upper bound.
func depth(page string) int {
	z := html.NewTokenizer(strings.NewReader(page))
	d, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElement(atom.Lookup(name)) {
				d++
				deepest = max(deepest, d)
			}
		case html.EndTagToken:
			if d > 0 {
				d--
			}
		}
	}
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// blockBreak reports whether an element starts and ends a paragraph of its
// own (a blank line), and listItem whether it is a line of a list or table.
func blockBreak(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Pre, atom.Div, atom.Section, atom.Article, atom.Main, atom.Figure, atom.Figcaption,
		atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Header, atom.Footer, atom.Nav, atom.Aside,
		atom.Address, atom.Details, atom.Summary, atom.Hr, atom.Body, atom.Form, atom.Fieldset,
		atom.Center, atom.Hgroup, atom.Caption:
		return true
	}
	return false
}

func listItem(a atom.Atom) bool {
	switch a {
	case atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Br, atom.Option:
		return true
	}
	return false
}

// blockText renders an extracted content tree as text with a blank line
// between block elements and a newline between list items, walking the tree
// with an explicit stack (trafilatura's own ContentText can glue blocks:
// "…by trainThe leader…").
func blockText(root *html.Node, lc *linkCollector) string {
	var sb strings.Builder
	inLink := 0
	type frame struct {
		n    *html.Node
		exit bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		a := n.DataAtom
		if a == 0 && n.Type == html.ElementNode {
			a = atom.Lookup([]byte(n.Data)) // trafilatura's nodes carry names only
		}
		if f.exit {
			if a == atom.A {
				inLink--
			}
			writeBreak(&sb, a)
			lc.lineEnd(&sb)
			continue
		}
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			lc.add(n.Data, inLink > 0)
			continue
		case html.ElementNode:
			if skipAlways(a) {
				continue
			}
			writeBreak(&sb, a)
			lc.lineEnd(&sb)
			if a == atom.A {
				inLink++
				lc.link()
			}
			stack = append(stack, frame{n: n, exit: true})
		case html.DocumentNode:
		default:
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	lc.flush()
	return sb.String()
}

// writeBreak ends a block (a blank line) or a line (a list item, a table row);
// the cells of a row stay on its line, a space apart, so that a table reads as
// one line per row, not one cell per line.
func writeBreak(sb *strings.Builder, a atom.Atom) {
	switch {
	case blockBreak(a):
		endWith(sb, "\n\n")
	case listItem(a):
		endWith(sb, "\n")
	case a == atom.Td, a == atom.Th:
		if s := sb.String(); s != "" && !strings.HasSuffix(s, "\n") && !strings.HasSuffix(s, " ") {
			sb.WriteByte(' ')
		}
	}
}

// endWith appends newlines until sb ends with end, so that a closing tag
// and the next opening one make one break, not two.
func endWith(sb *strings.Builder, end string) {
	s := sb.String()
	n := len(s) - len(strings.TrimRight(s, "\n"))
	for ; n < len(end); n++ {
		sb.WriteByte('\n')
	}
}

// skipAlways reports elements whose text is never story text.
func skipAlways(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Canvas, atom.Select, atom.Button, atom.Textarea, atom.Title:
		return true
	}
	return false
}

// skipChrome reports page furniture that the flat walk leaves out.
func skipChrome(a atom.Atom) bool {
	switch a {
	case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Menu, atom.Dialog:
		return true
	}
	return false
}

// flatText streams page through the tokenizer and returns its text with
// blank lines between blocks, leaving out scripts, styles and, when chrome is
// set, navigation, headers, footers, asides and forms. It keeps no tree: the
// skipped regions are tracked by a counter, so any nesting costs O(1) space.
func flatText(page string, chrome bool) string {
	text, _ := flatWalk(page, chrome)
	return text
}

// flatWalk is flatText, and in the same pass the page's depth (see depth).
func flatWalk(page string, chrome bool) (string, int) {
	z := html.NewTokenizer(strings.NewReader(page))
	var sb strings.Builder
	var skipName atom.Atom // element whose content is being skipped
	skipDepth := 0
	d, deepest := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return sb.String(), deepest // io.EOF, or a tokenizer error: keep what was read
		case html.TextToken:
			if skipDepth == 0 {
				sb.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if tt == html.StartTagToken && !voidElement(a) {
				d++
				deepest = max(deepest, d)
			}
			if skipDepth > 0 {
				if a == skipName && tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			if tt == html.StartTagToken && (skipAlways(a) || (chrome && skipChrome(a))) && !voidElement(a) {
				skipName, skipDepth = a, 1
				continue
			}
			writeBreak(&sb, a)
		case html.EndTagToken:
			if d > 0 {
				d--
			}
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if a == skipName {
					skipDepth--
				}
				continue
			}
			writeBreak(&sb, a)
		}
	}
}

// PageText is every visible word of an HTML page, menus and footers included (scripts
// and styles left out), in linear time and constant nesting cost. It is what a page
// weighs before cleaning: the pipeline counts its tokens as the article "as given".
func PageText(page string) string {
	return flatText(page, false)
}
