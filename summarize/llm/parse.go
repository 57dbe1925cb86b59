package llm

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"

	"github.com/briefing-news/briefing/summarize"
)

// ErrMalformed is returned by ParseAnswer when the text holds no usable answer
// object (no JSON object, or one with no point).
var ErrMalformed = errors.New("llm: malformed answer")

// maxCandidates bounds how many "{" ParseAnswer tries before giving up, so a long
// chatty answer cannot make it quadratic.
const maxCandidates = 64

// ParseAnswer reads the model's answer defensively: it ignores code fences and chatter
// around the first top-level JSON object that decodes, accepts citations given as a
// list of strings or numbers or as one string, and normalizes labels ("[P7]", "p7",
// 7 → "P7"). Points with no text are dropped; an answer with no point is ErrMalformed.
func ParseAnswer(text string) (*summarize.Draft, error) {
	tried := 0
	for start := strings.IndexByte(text, '{'); start >= 0 && tried < maxCandidates; tried++ {
		end := objectEnd(text[start:])
		if end > 0 {
			if d, ok := decodeAnswer(text[start : start+end]); ok {
				if len(d.Points) == 0 {
					return nil, ErrMalformed
				}
				return d, nil
			}
		}
		next := strings.IndexByte(text[start+1:], '{')
		if next < 0 {
			break
		}
		start += 1 + next
	}
	return nil, ErrMalformed
}

// objectEnd returns the length of the balanced JSON object at the start of s (which
// begins with '{'), or 0 when it is not closed.
func objectEnd(s string) int {
	depth, inString, escaped := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i + 1
			}
			if depth < 0 {
				return 0
			}
		}
	}
	return 0
}

type rawAnswer struct {
	Headline json.RawMessage   `json:"headline"`
	Summary  json.RawMessage   `json:"summary"`
	Points   []json.RawMessage `json:"points"`
}

type rawPoint struct {
	Text      json.RawMessage `json:"text"`
	Citations json.RawMessage `json:"citations"`
}

func decodeAnswer(s string) (*summarize.Draft, bool) {
	var raw rawAnswer
	if err := json.Unmarshal([]byte(s), &raw); err != nil || raw.Points == nil && raw.Headline == nil && raw.Summary == nil {
		return nil, false
	}
	d := &summarize.Draft{Headline: asString(raw.Headline), Summary: asString(raw.Summary)}
	for _, rp := range raw.Points {
		var p summarize.DraftPoint
		var obj rawPoint
		var str string
		switch {
		case json.Unmarshal(rp, &str) == nil:
			// A bare string point: take the citations written inline as [P3].
			p.Text, p.Passages = inlineCitations(str)
		case json.Unmarshal(rp, &obj) == nil:
			p.Text = strings.TrimSpace(asString(obj.Text))
			p.Passages = citations(obj.Citations)
			if len(p.Passages) == 0 {
				p.Text, p.Passages = inlineCitations(p.Text)
			}
		default:
			continue
		}
		if p.Text == "" {
			continue
		}
		d.Points = append(d.Points, p)
	}
	return d, true
}

// asString reads a JSON string, or renders a scalar as text; anything else is "".
func asString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// citations reads a citations value: a list of strings or numbers, one string ("P3,
// P7"), or one number.
func citations(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		list = []json.RawMessage{raw}
	}
	var out []string
	seen := map[string]bool{}
	for _, item := range list {
		for _, field := range splitLabels(asString(item)) {
			label := summarize.NormalizeLabel(field)
			if label != "" && !seen[label] {
				seen[label] = true
				out = append(out, label)
			}
		}
	}
	return out
}

var spacedLabelRe = regexp.MustCompile(`([Pp])\s+(\d)`)

// sourceCountRe is a passage's source count as the prompt writes it after the
// label ("P3 ×4"): a model that copies it into a citation means P3, not P4.
var sourceCountRe = regexp.MustCompile(`\s*×\s*\d+`)

func splitLabels(s string) []string {
	s = sourceCountRe.ReplaceAllString(s, "")
	s = spacedLabelRe.ReplaceAllString(s, "$1$2")
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' || r == '/'
	})
}

var inlineRe = regexp.MustCompile(`\s*\[([Pp]\s*\d{1,9}(?:\s*[,;]\s*[Pp]?\s*\d{1,9})*)\]`)

// inlineCitations takes "[P3]" or "[P3, P7]" marks out of a point's text.
func inlineCitations(text string) (string, []string) {
	var labels []string
	seen := map[string]bool{}
	for _, m := range inlineRe.FindAllStringSubmatch(text, -1) {
		for _, f := range splitLabels(m[1]) {
			if l := summarize.NormalizeLabel(f); l != "" && !seen[l] {
				seen[l] = true
				labels = append(labels, l)
			}
		}
	}
	if labels == nil {
		return strings.TrimSpace(text), nil
	}
	return strings.TrimSpace(inlineRe.ReplaceAllString(text, "")), labels
}
