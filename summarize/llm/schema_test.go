package llm_test

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

var (
	schemaOnce sync.Once
	schema     *openapi3.Schema
	schemaErr  error
)

// answerSchema is the JSON schema the engine sends as response_format, loaded once.
func answerSchema(tb testing.TB) *openapi3.Schema {
	tb.Helper()
	schemaOnce.Do(func() {
		set, err := prompts.New()
		if err != nil {
			schemaErr = err
			return
		}
		schema = &openapi3.Schema{}
		schemaErr = json.Unmarshal(set.Schema(), schema)
	})
	if schemaErr != nil {
		tb.Fatal(schemaErr)
	}
	return schema
}

// schemaAnswer is an answer shaped as the schema requires.
type schemaAnswer struct {
	Headline string `json:"headline"`
	Summary  string `json:"summary"`
	Points   []struct {
		Text      string   `json:"text"`
		Citations []string `json:"citations"`
	} `json:"points"`
}

// conforms reports whether s is one JSON value that the answer schema accepts.
func conforms(tb testing.TB, s string) (schemaAnswer, bool) {
	var v any
	dec := json.NewDecoder(strings.NewReader(s))
	if dec.Decode(&v) != nil || dec.More() {
		return schemaAnswer{}, false
	}
	if answerSchema(tb).VisitJSON(v) != nil {
		return schemaAnswer{}, false
	}
	var a schemaAnswer
	if json.Unmarshal([]byte(s), &a) != nil {
		tb.Fatalf("schema-valid answer %q does not decode into its shape", s)
	}
	return a, true
}

// checkSchemaAnswer fails when ParseAnswer does not read a schema-valid answer as
// the schema means it: every point with text, in order, with its citations
// normalized (a string holding several labels read as several). The parser is looser than the schema (chatter, fences, other shapes),
// and stricter only where every point is blank.
func checkSchemaAnswer(t *testing.T, s string) {
	a, ok := conforms(t, s)
	if !ok {
		return
	}
	var want []summarize.DraftPoint
	for _, p := range a.Points {
		if text := strings.TrimSpace(p.Text); text != "" {
			// One citation string may hold several labels ("P3, P7", "P3 P7"),
			// which the parser reads apart: each field is a label at most.
			var labels []string
			for _, c := range p.Citations {
				for _, f := range strings.FieldsFunc(c, func(r rune) bool { return strings.ContainsRune(",; \t\n/", r) }) {
					labels = append(labels, summarize.NormalizeLabel(f))
				}
			}
			want = append(want, summarize.DraftPoint{Text: text, Passages: labels})
		}
	}
	d, err := llm.ParseAnswer(s)
	if len(want) == 0 {
		// Every point blank: the one place the parser is stricter than the schema,
		// on purpose. No usable point is a malformed answer, which gets a repair try.
		if !errors.Is(err, llm.ErrMalformed) {
			t.Fatalf("answer %q with only blank points: err=%v, want ErrMalformed", s, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("schema-valid answer %q refused: %v", s, err)
	}
	if got, want := d.Headline, strings.TrimSpace(a.Headline); got != want {
		t.Fatalf("headline %q, want %q", got, want)
	}
	if len(d.Points) != len(want) {
		t.Fatalf("%d points read from %q, want %d", len(d.Points), s, len(want))
	}
	for i := range want {
		if d.Points[i].Text != want[i].Text || len(d.Points[i].Passages) > len(want[i].Passages) {
			t.Fatalf("point %d read as %+v, want %+v", i, d.Points[i], want[i])
		}
	}
}

func TestSchemaAnswersParse(t *testing.T) {
	tests := []struct {
		name     string
		answer   string
		conforms bool
	}{
		{"one point", `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["P3","P7"]}]}`, true},
		{"several points, labels in brackets", `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["[P1]"]},{"text":"B.","citations":["p2","P3"]}]}`, true},
		{"braces in strings", `{"headline":"a } b","summary":"{\"x\"}","points":[{"text":"c {d}","citations":["P1"]}]}`, true},
		{"no points", `{"headline":"H","summary":"S","points":[]}`, false},
		{"missing summary", `{"headline":"H","points":[{"text":"A.","citations":["P1"]}]}`, false},
		{"extra field", `{"headline":"H","summary":"S","points":[{"text":"A.","citations":["P1"]}],"notes":"x"}`, false},
		{"only blank points", `{"headline":"00","summary":"0000000000","points":[{"text":"","citations":[]}]}`, true},
		{"citations as one string", `{"headline":"H","summary":"S","points":[{"text":"A.","citations":"P1"}]}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := conforms(t, tt.answer); ok != tt.conforms {
				t.Fatalf("conforms=%v, want %v: the schema and this table disagree", ok, tt.conforms)
			}
			checkSchemaAnswer(t, tt.answer)
		})
	}
}
