package llm_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// BenchmarkVersusBaseline briefs the eval clusters (eval/cases) and a generated
// 40-article cluster at contexts of 2048, 4096 and 8192 tokens, with the llm
// engine and with a plain map-reduce written here (the baseline), both against
// the same fake model, and reports for each: prompt tokens and calls, the
// ratio of the prompt tokens, and the wall time in a counted-rounds model.
//
// The baseline is what a widely used summarization chain does: the articles as
// sent, joined, cut into chunks of 3 characters per token of its budget (the
// context less 500 tokens for the prompt line and the answer) overlapping by
// 20%, one "summarize this" call per chunk, then one reduce over the summaries.
//
// The fake model answers a fixed share of its input: 15% of the words of the
// prompt's data, at least 20 and at most 120 words (about 120 for a full map
// call); JSON citing the prompt's labels when asked for JSON, plain text when
// not. It reports prompt_tokens as OpenAI bills them: system + user + 7, and
// the schema's tokens when the call sends one as response_format json_schema
// (billedSchemaTokens, 72 for ours); the baseline sends none.
//
// Wall time: the model takes a fixed latency per call (benchLatency), up to 4
// calls in flight. Instead of sleeping, a run counts its rounds (for each step,
// ⌈calls/4⌉; the baseline: ⌈maps/4⌉ + 1) and its wall time is rounds × latency
// plus the time it spent itself (measured: elapsed less the time during which
// any of the fake's handlers ran). wall/ideal is that over rounds × latency.
//
// floor-ratio is the merged passages' own tokens over the baseline's prompt
// tokens: what a prompt holding every passage and nothing else would cost. It
// says where a ratio is bound by the content rather than by the planner.
func BenchmarkVersusBaseline(b *testing.B) {
	clusters := benchClusters(b)
	for _, ctxTokens := range []int{2048, 4096, 8192} {
		for _, c := range clusters {
			b.Run(fmt.Sprintf("ctx=%d/%s", ctxTokens, c.name), func(b *testing.B) { benchVersus(b, c, ctxTokens) })
		}
	}
}

const (
	benchConcurrency = 4
	benchLatency     = time.Second
)

type benchCluster struct {
	name string
	in   *summarize.Input
	sent []string // the articles as sent (text or html)
}

// benchClusters merges the eval cases and the generated cluster once.
func benchClusters(tb testing.TB) []benchCluster {
	tb.Helper()
	cases, err := eval.LoadCases("../../eval/cases")
	if err != nil {
		tb.Fatal(err)
	}
	p := &pipeline.Pipeline{Tokenizer: tokenizer(tb)}
	var out []benchCluster
	add := func(name string, articles []summarize.Article, opts summarize.Options) {
		rep, err := p.Merge(context.Background(), summarize.Request{Articles: articles, Options: opts})
		if err != nil {
			tb.Fatal(err)
		}
		if opts.MaxPoints == 0 {
			opts.MaxPoints = summarize.DefaultMaxPoints
		}
		if opts.MaxWords == 0 {
			opts.MaxWords = summarize.DefaultMaxWords
		}
		c := benchCluster{name: name, in: &summarize.Input{Articles: rep.Articles, Passages: rep.Result.Passages, Options: opts, Differences: rep.Differences}}
		for _, a := range articles {
			c.sent = append(c.sent, a.Text+a.HTML)
		}
		out = append(out, c)
	}
	for _, c := range cases {
		add(c.Name, c.Articles, c.Options)
	}
	add("generated-40", generatedCluster(40), summarize.Options{})
	return out
}

// generatedCluster writes n articles about one fictional storm: each tells a
// share of the event's facts in its own words, as rewrites do, and adds two
// sentences of its own.
func generatedCluster(n int) []summarize.Article {
	facts := [][]string{
		{"Storm Halvard made landfall near Skarvik at 04:10 on Tuesday with gusts of 160 km/h.", "Storm Halvard hit the coast near Skarvik early on Tuesday, with gusts reaching 160 km/h.", "Gusts of 160 km/h were recorded as Storm Halvard came ashore near Skarvik on Tuesday morning."},
		{"About 48,000 homes in the county lost power, the grid operator Nordnett said.", "The grid operator Nordnett said about 48,000 homes were left without electricity.", "Nordnett, the grid operator, reported roughly 48,000 homes without power."},
		{"Two people died when a tree fell on their car outside Mellbo.", "A falling tree killed two people in a car near Mellbo.", "Outside Mellbo, two motorists were killed when a tree crushed their car."},
		{"The coast guard rescued 11 fishermen from a trawler that lost its engine off Tarsund.", "Eleven fishermen were lifted from a disabled trawler off Tarsund by the coast guard.", "Off Tarsund, coast guard crews saved 11 fishermen whose trawler had lost power."},
		{"All ferries between Skarvik and Vikstad were cancelled until Wednesday.", "Ferry crossings from Skarvik to Vikstad are suspended until Wednesday.", "The Skarvik–Vikstad ferries will not sail again before Wednesday."},
		{"Governor Ingrid Solberg declared a state of emergency in three municipalities.", "A state of emergency covering three municipalities was declared by Governor Ingrid Solberg.", "Three municipalities are under a state of emergency, Governor Ingrid Solberg announced."},
		{"Rail traffic on the coastal line stopped after a landslide near Easthaven.", "A landslide near Easthaven halted trains on the coastal line.", "Trains on the coastal line were stopped by a landslide close to Easthaven."},
		{"The meteorological institute had issued a red warning on Monday evening.", "A red warning was issued by the meteorological institute on Monday evening.", "On Monday evening the meteorological institute raised its warning to red."},
		{"Insurers estimate the damage at 900 million crowns.", "Damage is put at about 900 million crowns by insurers.", "The insurers' early estimate of the damage is 900 million crowns."},
		{"Schools in Skarvik and Norrby will stay closed on Wednesday.", "Schools will remain shut in Skarvik and Norrby on Wednesday.", "On Wednesday schools in both Skarvik and Norrby stay closed."},
		{"The storm is expected to weaken as it moves inland on Wednesday night.", "Forecasters expect the storm to lose strength inland by Wednesday night.", "As it moves inland, the storm should weaken by Wednesday night, forecasters said."},
		{"Nordnett said 300 line workers were repairing the network and most homes would have power by Thursday.", "Most homes should be reconnected by Thursday, Nordnett said, with 300 line workers on the job.", "With 300 line workers out, Nordnett expects to restore most power by Thursday."},
	}
	outlets := []string{"Nordic Wire", "Coast Courier", "Skarvik Post", "Morning Ledger", "Harbour News", "Valley Times", "County Herald", "Evening Star"}
	local := []string{"Residents of %s queued for fuel at the only open station.", "In %s, volunteers opened the sports hall as a shelter for %d people.",
		"A roof blew off the %s community centre, but no one was inside.", "The %s harbour lost %d small boats to the waves.",
		"Shops in central %s boarded up their windows before dawn.", "The football club in %s postponed its weekend match."}
	towns := []string{"Lindholm", "Bressvik", "Ostrand", "Kalvo", "Ramsund", "Tjelde", "Hovik", "Selja", "Fossby", "Aurvik"}
	var out []summarize.Article
	for a := range n {
		var paras []string
		for k := range 8 {
			f := facts[(a*5+k*7)%len(facts)]
			if k == 0 {
				f = facts[0]
			}
			paras = append(paras, f[(a+k)%len(f)])
		}
		for k := range 2 {
			tmpl := local[(a+k*3)%len(local)]
			town := towns[(a*3+k)%len(towns)]
			if strings.Count(tmpl, "%") == 2 {
				paras = append(paras, fmt.Sprintf(tmpl, town, 20+(a*13+k*7)%180))
			} else {
				paras = append(paras, fmt.Sprintf(tmpl, town))
			}
		}
		out = append(out, summarize.Article{ID: fmt.Sprintf("a%d", a+1), Source: outlets[a%len(outlets)],
			Title: "Storm Halvard hits the coast", Text: strings.Join(paras, "\n\n")})
	}
	return out
}

// shareModel is the fake model both sides call.
type shareModel struct {
	*fakeModel
	mu     sync.Mutex
	active int           // handlers running
	since  time.Time     // when active went from 0 to 1
	inside time.Duration // time during which at least one handler ran
}

// enter and leave bracket a handler: inside grows by the union of the handlers'
// intervals, so parallel calls are not counted twice.
func (m *shareModel) enter() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.active == 0 {
		m.since = time.Now()
	}
	m.active++
}

func (m *shareModel) leave() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.active--
	if m.active == 0 {
		m.inside += time.Since(m.since)
	}
}

func newShareModel(tb testing.TB) *shareModel {
	m := &shareModel{}
	tk := tokenizer(tb)
	schema := billedSchemaTokens(tb, tk)
	m.fakeModel = newFakeModel(tb, func(w http.ResponseWriter, r *http.Request, req chatRequest, n int) {
		m.enter()
		user := req.user()
		data := user
		if i := strings.Index(user, "<<<"); i >= 0 {
			data = user[i:]
		}
		words := strings.Fields(data)
		k := min(120, max(20, len(words)*15/100))
		text := strings.Join(words[:min(k, len(words))], " ")
		content := text
		if req.ResponseFormat != nil {
			// Cite the labels of the data, as a model would, in points of ~30 words.
			labels := labelRe.FindAllString(data, -1)
			var points []string
			ws := strings.Fields(text)
			for i := 0; i < len(ws); i += 30 {
				cite := "P1"
				if len(labels) > 0 {
					cite = labels[(i/30)%len(labels)]
				}
				points = append(points, fmt.Sprintf(`{"text":%s,"citations":[%q]}`, mustJSON(strings.Join(ws[i:min(i+30, len(ws))], " ")), cite))
			}
			content = `{"headline":"Storm","summary":"A storm.","points":[` + strings.Join(points, ",") + `]}`
		}
		prompt := tk.Count(req.system()) + tk.Count(user) + 7
		if req.ResponseFormat != nil && req.ResponseFormat.Type == "json_schema" {
			prompt += schema // as OpenAI counts it
		}
		m.leave()
		completion(w, content, "stop", prompt, tk.Count(content))
	})
	return m
}

// billedSchemaTokens is what OpenAI adds to prompt_tokens for the answer's
// schema sent as response_format json_schema: the schema's JSON without
// "required", "additionalProperties" and "$schema", and 9 (the measure in the
// openai-cookbook thread on counting structured-output tokens).
func billedSchemaTokens(tb testing.TB, tk llm.Counter) int {
	set, err := prompts.New()
	if err != nil {
		tb.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(set.Schema(), &v); err != nil {
		tb.Fatal(err)
	}
	var strip func(any)
	strip = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			delete(x, "required")
			delete(x, "additionalProperties")
			delete(x, "$schema")
			for _, y := range x {
				strip(y)
			}
		case []any:
			for _, y := range x {
				strip(y)
			}
		}
	}
	strip(v)
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return tk.Count(string(b)) + 9
}

func (m *shareModel) takeInside() time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	d := m.inside
	m.inside = 0
	return d
}

// result is one side's figures for one briefing.
type result struct {
	prompt, calls, rounds int
	wall                  time.Duration // rounds × latency + own time
}

func benchVersus(b *testing.B, c benchCluster, ctxTokens int) {
	m := newShareModel(b)
	var mu sync.Mutex
	perStep := map[int]int{}
	shown := true // the fake stands for OpenAI: it shows the schema and bills it
	e := mustEngine(b, m.fakeModel, llm.Config{ContextTokens: ctxTokens, Concurrency: benchConcurrency, SchemaShown: &shown, OnCall: func(ev llm.CallEvent) {
		mu.Lock()
		defer mu.Unlock()
		perStep[ev.Step]++
	}})
	client := baselineClient(m.url())
	var ours, base result
	for b.Loop() {
		mu.Lock()
		clear(perStep)
		mu.Unlock()
		m.takeInside()
		start := time.Now()
		d, err := e.Brief(context.Background(), c.in)
		own := time.Since(start) - m.takeInside()
		if err != nil {
			b.Fatal(err)
		}
		rounds := 0
		mu.Lock()
		for _, n := range perStep {
			rounds += (n + benchConcurrency - 1) / benchConcurrency
		}
		mu.Unlock()
		ours = result{prompt: d.Usage.PromptTokens, calls: d.Usage.LLMCalls, rounds: rounds, wall: time.Duration(rounds)*benchLatency + own}

		start = time.Now()
		base = baseline(b, client, c.sent, ctxTokens)
		base.wall = time.Duration(base.rounds)*benchLatency + time.Since(start) - m.takeInside()
	}
	b.ReportMetric(float64(ours.prompt), "prompt-tok")
	b.ReportMetric(float64(base.prompt), "base-prompt-tok")
	b.ReportMetric(float64(ours.prompt)/float64(base.prompt), "prompt-ratio")
	b.ReportMetric(float64(ours.calls), "calls")
	b.ReportMetric(float64(base.calls), "base-calls")
	b.ReportMetric(float64(ours.rounds), "rounds")
	b.ReportMetric(float64(base.rounds), "base-rounds")
	b.ReportMetric(ours.wall.Seconds(), "wall-s")
	b.ReportMetric(base.wall.Seconds(), "base-wall-s")
	b.ReportMetric(ours.wall.Seconds()/(float64(ours.rounds)*benchLatency.Seconds()), "wall/ideal")
	// The floor: the merged passages' own tokens, no label, no instruction, no
	// system prompt, over the baseline's prompt tokens. A strategy that gives up
	// no passage cannot go below it; where it is above 0.5, the 0.5× target can be
	// met only by leaving content out.
	tk := tokenizer(b)
	floor := 0
	for _, p := range c.in.Passages {
		floor += tk.Count(p.Text)
	}
	b.ReportMetric(float64(floor), "passages-tok")
	b.ReportMetric(float64(floor)/float64(base.prompt), "floor-ratio")
}

func baselineClient(url string) *openai.Client {
	cfg := openai.DefaultConfig("")
	cfg.BaseURL = url
	return openai.NewClientWithConfig(cfg)
}

// baseline is the plain map-reduce: chunks of 3 characters per token of the
// budget with 20% overlap, "summarize this" per chunk (4 in flight), one reduce.
func baseline(tb testing.TB, client *openai.Client, articles []string, ctxTokens int) result {
	const answer = 500
	size := 3 * (ctxTokens - answer)
	chunks := splitChars(strings.Join(articles, "\n\n"), size, size/5)
	ask := func(text string) (string, int) {
		resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
			Model:     "fake",
			MaxTokens: 256,
			Messages:  []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "Write a concise summary of the following:\n\n" + text + "\n\nCONCISE SUMMARY:"}},
		})
		if err != nil {
			tb.Fatal(err)
		}
		return resp.Choices[0].Message.Content, resp.Usage.PromptTokens
	}
	summaries := make([]string, len(chunks))
	tokens := make([]int, len(chunks))
	sem := make(chan struct{}, benchConcurrency)
	var wg sync.WaitGroup
	for i, ch := range chunks {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			summaries[i], tokens[i] = ask(ch)
		}()
	}
	wg.Wait()
	r := result{calls: len(chunks) + 1, rounds: int(math.Ceil(float64(len(chunks))/benchConcurrency)) + 1}
	for _, t := range tokens {
		r.prompt += t
	}
	_, t := ask(strings.Join(summaries, "\n\n"))
	r.prompt += t
	return r
}

// splitChars cuts s into pieces of at most size bytes, each starting overlap
// bytes before the previous one's end, at spaces where it can.
func splitChars(s string, size, overlap int) []string {
	var out []string
	for start := 0; start < len(s); {
		end := min(len(s), start+size)
		if end < len(s) {
			if sp := strings.LastIndexByte(s[start:end], ' '); sp > size/2 {
				end = start + sp
			}
		}
		out = append(out, s[start:end])
		if end == len(s) {
			break
		}
		next := end - overlap
		if sp := strings.IndexByte(s[next:end], ' '); sp >= 0 {
			next += sp + 1
		}
		start = max(next, start+1)
	}
	return out
}
