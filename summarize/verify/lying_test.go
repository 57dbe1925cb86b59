package verify_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

var promptLine = regexp.MustCompile(`(?m)^\[?(P\d+)\]? (?:(?:\(\d+(?: sources)?\)|×\d+) )?(.+)$`)

// lyingModel is an OpenAI chat-completions endpoint that answers every briefing
// with six points built from the passages of the prompt it receives: two faithful
// (a passage's own sentence), one with a figure changed, one citing the wrong
// passage, one adding a minister no article names, one invented outright.
func lyingModel(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var user string
		for _, m := range req.Messages {
			if m.Role == "user" {
				user = m.Content
			}
		}
		lines := promptLine.FindAllStringSubmatch(user, -1)
		// the first passages with a figure and without one
		var withFig, plain [][]string
		for _, l := range lines {
			if regexp.MustCompile(`\d`).MatchString(l[2]) && !strings.Contains(l[2], `"`) {
				withFig = append(withFig, l)
			} else if len(strings.Fields(l[2])) > 8 && !strings.Contains(l[2], `"`) {
				plain = append(plain, l)
			}
		}
		if len(withFig) < 3 || len(plain) < 2 {
			http.Error(w, "too few passages", http.StatusInternalServerError)
			return
		}
		type point struct {
			Text      string   `json:"text"`
			Citations []string `json:"citations"`
		}
		changed := regexp.MustCompile(`\d+`).ReplaceAllStringFunc(withFig[1][2], func(s string) string { return s + "7" })
		points := []point{
			{withFig[0][2], []string{withFig[0][1]}},                                        // faithful
			{plain[0][2], []string{plain[0][1]}},                                            // faithful
			{changed, []string{withFig[1][1]}},                                              // a figure changed
			{withFig[2][2], []string{plain[1][1]}},                                          // the wrong passage
			{"Deputy Minister Halvard Okonkwo said: " + plain[1][2], []string{plain[1][1]}}, // a name no article has
			{"The two governments signed a treaty on shipbuilding and fisheries worth 4.2 billion euros.", []string{withFig[0][1]}},
		}
		ans, _ := json.Marshal(map[string]any{"headline": "What happened", "summary": "Something happened.", "points": points})
		content, _ := json.Marshal(string(ans))
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"c1","object":"chat.completion","created":1,"model":"liar","choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}`, content)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestLyingModel(t *testing.T) {
	srv := lyingModel(t)
	e, err := llm.New(llm.Config{BaseURL: srv.URL, Model: "liar", ContextTokens: 32000, MaxRetries: -1}, tokenizer(t))
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t, e)
	for _, m := range loadMerged(t)[:4] {
		for _, mode := range []string{summarize.UnsupportedDrop, summarize.UnsupportedFlag} {
			t.Run(m.c.Name+"/"+mode, func(t *testing.T) {
				opts := m.c.Options
				opts.Engine, opts.Unsupported = summarize.EngineLLM, mode
				b, err := p.Brief(context.Background(), summarize.Request{Articles: m.c.Articles, Options: opts})
				if err != nil {
					t.Fatal(err)
				}
				if b.Engine != summarize.EngineLLM {
					t.Fatalf("engine %s, warnings %v", b.Engine, b.Warnings)
				}
				supported := 0
				for _, pt := range b.Points {
					switch pt.Support.Status {
					case summarize.SupportSupported:
						supported++
					case summarize.SupportUnsupported:
						if mode != summarize.UnsupportedFlag {
							t.Errorf("unsupported point shown: %q", pt.Text)
						}
					default:
						t.Errorf("point %q: status %s", pt.Text, pt.Support.Status)
					}
					if (strings.Contains(pt.Text, "Okonkwo") || strings.Contains(pt.Text, "treaty")) && pt.Support.Status == summarize.SupportSupported {
						t.Errorf("unfaithful point shown as supported: %q", pt.Text)
					}
				}
				// two faithful + the re-cited one are supported; three are dropped or flagged
				if supported != 3 {
					t.Errorf("%d supported points, want 3 (two faithful, one re-cited): %+v", supported, b.Points)
				}
				bad := len(b.UnsupportedPoints)
				if mode == summarize.UnsupportedFlag {
					bad = len(b.Points) - supported
				}
				if bad != 3 {
					t.Errorf("%d unsupported points, want 3; unsupported %+v; warnings %v", bad, b.UnsupportedPoints, b.Warnings)
				}
				joined := strings.Join(b.Warnings, "\n")
				if !strings.Contains(joined, "re-cited 1 point(s)") {
					t.Errorf("no re-citation warning: %v", b.Warnings)
				}
				t.Logf("supported %d, dropped/flagged %d; warnings: %s", supported, bad, joined)
			})
		}
	}
}

func TestExtractivePointsAllSupported(t *testing.T) {
	p := testPipeline(t)
	total, sup := 0, 0
	for _, m := range loadMerged(t) {
		b, err := p.Brief(context.Background(), summarize.Request{Articles: m.c.Articles, Options: m.c.Options})
		if err != nil {
			t.Fatalf("%s: %v", m.c.Name, err)
		}
		for _, pt := range b.Points {
			total++
			if pt.Support.Status == summarize.SupportSupported {
				sup++
			} else {
				t.Errorf("%s: extractive point %q is %s: %v", m.c.Name, pt.Text, pt.Support.Status, pt.Support.Unsupported)
			}
		}
		if len(b.UnsupportedPoints) > 0 {
			t.Errorf("%s: extractive points dropped: %+v", m.c.Name, b.UnsupportedPoints)
		}
	}
	t.Logf("extractive points supported: %d/%d", sup, total)
}
