// Command gen writes the real-page fixtures of ../: every story of stories.go
// laid out by every site template of templates.go, as <story>-<site>.html, with
// its reference body <story>-<site>.txt (the story's text, one paragraph, list
// item or table row a line, headline and page furniture left out). The
// references come from the same story data as the pages, so they are right by
// construction; the page chrome is made to look like real news sites'.
//
//	cd summarize/normalize/testdata/realpages && go run ./gen
package main

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
)

// linked are the phrases a template shows as inline links inside paragraphs,
// written with the page's own spaces around them.
var linked = []string{"Ines Carlsen", "Red Cross", "Tomas Reyes", "Dani Okafor", "Arlo T7", "consultation experiment",
	"Northshore Homes", "Arne Voll", "Lars Brekke", "Nordlink Freight", "Petra Lund", "Karim Aziz", "county flood office"}

func inline(s string) string {
	s = html.EscapeString(s)
	for _, l := range linked {
		e := html.EscapeString(l)
		s = strings.Replace(s, e, `<a href="/topic/`+strings.ReplaceAll(strings.ToLower(l), " ", "-")+`">`+e+`</a>`, 1)
	}
	return s
}

// body renders blocks as a story's HTML.
func body(bs []block) string {
	var sb strings.Builder
	for _, b := range bs {
		switch b.kind {
		case "p":
			fmt.Fprintf(&sb, "<p>%s</p>\n", inline(b.lines[0]))
		case "quote":
			fmt.Fprintf(&sb, "<blockquote><p>%s</p></blockquote>\n", inline(b.lines[0]))
		case "h2":
			fmt.Fprintf(&sb, "<h2>%s</h2>\n", html.EscapeString(b.lines[0]))
		case "ul":
			sb.WriteString("<ul>\n")
			for _, l := range b.lines {
				fmt.Fprintf(&sb, "  <li>%s</li>\n", html.EscapeString(l))
			}
			sb.WriteString("</ul>\n")
		case "ul-links":
			sb.WriteString("<ul class=\"deals\">\n")
			for i, l := range b.lines {
				fmt.Fprintf(&sb, "  <li><a href=\"https://shop.example/item/%d?ref=deal\" rel=\"sponsored\">%s</a></li>\n", i+1, html.EscapeString(l))
			}
			sb.WriteString("</ul>\n")
		case "table":
			sb.WriteString("<table class=\"data\">\n")
			for i, row := range b.lines {
				cell := "td"
				if i == 0 && strings.HasPrefix(row, "Pos") || strings.HasPrefix(row, "Candidate") {
					cell = "th"
				}
				sb.WriteString("  <tr>")
				for _, c := range strings.Split(row, " | ") {
					fmt.Fprintf(&sb, "<%s>%s</%s>", cell, html.EscapeString(strings.TrimSpace(c)), cell)
				}
				sb.WriteString("</tr>\n")
			}
			sb.WriteString("</table>\n")
		}
	}
	return sb.String()
}

// reference is the story's body as text, one line per paragraph, item or row.
func reference(s story) string {
	var sb strings.Builder
	for _, b := range append(append([]block(nil), s.blocks...), s.part2...) {
		for _, l := range b.lines {
			sb.WriteString(strings.Join(strings.Fields(strings.ReplaceAll(l, " | ", " ")), " "))
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

func main() {
	out := "."
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	n := 0
	for _, s := range stories {
		for _, t := range templates {
			name := s.slug + "-" + t.name
			page := t.render(s)
			if err := os.WriteFile(filepath.Join(out, name+".html"), []byte(page), 0o644); err != nil {
				panic(err)
			}
			if err := os.WriteFile(filepath.Join(out, name+".txt"), []byte(reference(s)), 0o644); err != nil {
				panic(err)
			}
			n++
		}
	}
	fmt.Println(n, "fixtures")
}
