package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/bits"
	"regexp"
	"strconv"
	"strings"

	"github.com/briefing-news/briefing/prompts"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
)

// The hook between the planner and the calls of a step (pool.submit calls askStep
// instead of ask). It is kept apart from the planner on purpose: the planner can
// change how it plans without touching it, as long as map calls go through the pool.
//
//   - Step cache: a map call whose passages were seen before, at the same
//     endpoint (Endpoint: scheme, host, port and path, never the key), with the
//     same model, prompt version and options, is answered from
//     summarize.StepCacheFrom(ctx) without a model call (its usage is zero). The
//     key is the call's content, not its wording: each passage's text and the
//     order of magnitude of its number of sources (1, 2–3, 4–7, 8–15…: a
//     sentence that a 17th outlet carries as 16 did makes the same note), in
//     order, with the notes and words asked for — never the passages' labels nor
//     the part number, which an article added to a story shifts. A note is kept with its citations as places in its chunk ("#2",
//     the chunk's second passage) and given back under the labels the passages
//     have now, so a cached note never cites a passage it did not read.
//   - Chunks: with a step cache, the map step's chunks end where their content
//     says (contentSplit), not where the budget fills, so that passages added
//     in the middle of a story change only the chunks they fall in: the chunks
//     after them start where they started before and are answered from the
//     cache.
//   - Progress: every call of a step that ends well is reported to
//     summarize.ReportProgress, with the number of parts of a map step as Total.

// partHeader is the opening of the map template (prompts/templates/map.tmpl).
var partHeader = regexp.MustCompile(`^This is part (\d+) of (\d+)`)

// stepKeyVersion changes when what a cached step holds or how it is keyed
// changes (3: content keys, citations as places in the chunk).
const stepKeyVersion = "llm-map/3"

func (e *Engine) stepKey(r request) string {
	h := sha256.New()
	for _, s := range []string{stepKeyVersion, e.endpoint, e.cfg.Model, prompts.Version, strconv.Itoa(r.maxNotes), strconv.Itoa(r.maxWords)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	for _, p := range r.chunk {
		fmt.Fprintf(h, "%d\x00%d\x00%s\x00", bits.Len(uint(max(p.Sources, 0))), len(p.Text), p.Text)
	}
	return "map:" + hex.EncodeToString(h.Sum(nil))
}

// labelRef is a label as a note's text may name one ("P12"); placeRef a place
// written in its stead, between two placeMarks.
var (
	labelRef = regexp.MustCompile(`\b[A-Za-z]+[0-9]+\b`)
	placeRef = regexp.MustCompile(placeMark + `[0-9]+` + placeMark)
)

const placeMark = "\u2063" // invisible separator: no model writes it

// toPlaces writes a chunk's notes with their citations as places in the chunk
// ("#1" is its first passage), and the labels their text names likewise; a
// citation of no passage of the chunk is dropped.
func toPlaces(points []summarize.DraftPoint, c []prompts.Passage) []summarize.DraftPoint {
	at := make(map[string]int, len(c))
	for i, p := range c {
		at[strings.ToUpper(p.Label)] = i + 1
	}
	var conv func(ps []summarize.DraftPoint) []summarize.DraftPoint
	conv = func(ps []summarize.DraftPoint) []summarize.DraftPoint {
		out := make([]summarize.DraftPoint, len(ps))
		for i, p := range ps {
			out[i] = summarize.DraftPoint{Text: labelRef.ReplaceAllStringFunc(p.Text, func(l string) string {
				if k, ok := at[strings.ToUpper(l)]; ok {
					return placeMark + strconv.Itoa(k) + placeMark
				}
				return l
			})}
			for _, l := range p.Passages {
				if k, ok := at[strings.ToUpper(strings.Trim(l, "[] "))]; ok {
					out[i].Passages = append(out[i].Passages, "#"+strconv.Itoa(k))
				}
			}
			if len(p.Sides) > 0 {
				out[i].Sides = conv(p.Sides)
			}
		}
		return out
	}
	return conv(points)
}

// fromPlaces gives cached notes back with the labels the chunk's passages have
// now; false when a place is not in the chunk (the entry is not this chunk's).
func fromPlaces(points []summarize.DraftPoint, c []prompts.Passage) ([]summarize.DraftPoint, bool) {
	ok := true
	var conv func(ps []summarize.DraftPoint)
	conv = func(ps []summarize.DraftPoint) {
		for i := range ps {
			for j, l := range ps[i].Passages {
				k, err := strconv.Atoi(strings.TrimPrefix(l, "#"))
				if !strings.HasPrefix(l, "#") || err != nil || k < 1 || k > len(c) {
					ok = false
					continue
				}
				ps[i].Passages[j] = c[k-1].Label
			}
			ps[i].Text = placeRef.ReplaceAllStringFunc(ps[i].Text, func(m string) string {
				k, err := strconv.Atoi(strings.Trim(m, placeMark))
				if err != nil || k < 1 || k > len(c) {
					ok = false
					return m
				}
				return c[k-1].Label
			})
			conv(ps[i].Sides)
		}
	}
	conv(points)
	return points, ok
}

// askStep is ask with the step cache and the progress report.
func (e *Engine) askStep(ctx context.Context, r request) (reply, error) {
	cache := summarize.StepCacheFrom(ctx)
	key := ""
	if cache != nil && r.kind == KindMap && len(r.chunk) > 0 {
		key = e.stepKey(r)
		if v, ok := cache.Get(ctx, key); ok {
			var points []summarize.DraftPoint
			if err := json.Unmarshal(v, &points); err == nil {
				if points, ok := fromPlaces(points, r.chunk); ok {
					e.reportStep(ctx, r, true)
					return reply{draft: &summarize.Draft{Points: points}}, nil
				}
			}
		}
	}
	rep, err := e.ask(ctx, r)
	if err != nil {
		return rep, err
	}
	// An answer the endpoint truncated is used once but not kept.
	if key != "" && rep.draft != nil && rep.truncated == "" {
		if v, err := json.Marshal(toPlaces(rep.draft.Points, r.chunk)); err == nil {
			cache.Put(ctx, key, v)
		}
	}
	e.reportStep(ctx, r, false)
	return rep, nil
}

// Content-defined chunks: a chunk ends after a passage whose text hashes to a
// boundary (one in boundaryEvery) once the chunk holds at least half the room,
// or before a passage that would overflow it. A boundary depends on the
// passage alone, so an insertion moves the chunk ends only until the next
// boundary; the chunks are about three quarters full on average (a few more
// calls than filling each one, paid once, against a re-briefing that maps
// only what changed).
const boundaryEvery = 4

func contentSplit(items []prompts.Passage, cost func(prompts.Passage) int, room int) ([][]prompts.Passage, error) {
	if room <= 0 {
		return nil, fmt.Errorf("chunk: budget %d must be positive", room)
	}
	var out [][]prompts.Passage
	start, sum := 0, 0
	for i, it := range items {
		c := max(cost(it), 0)
		if c > room {
			return nil, fmt.Errorf("item %d costs %d, budget %d: %w", i, c, room, chunk.ErrTooLarge)
		}
		if sum+c > room {
			out = append(out, items[start:i:i])
			start, sum = i, 0
		}
		sum += c
		if 2*sum >= room && isBoundary(it.Text) {
			out = append(out, items[start:i+1:i+1])
			start, sum = i+1, 0
		}
	}
	if start < len(items) {
		out = append(out, items[start:len(items):len(items)])
	}
	return out, nil
}

func isBoundary(text string) bool {
	h := fnv.New32a()
	h.Write([]byte(text))
	return h.Sum32()%boundaryEvery == 0
}

func (e *Engine) reportStep(ctx context.Context, r request, cached bool) {
	ev := summarize.ProgressEvent{Kind: summarize.ProgressProgress, Engine: summarize.EngineLLM, Stage: r.kind, Cached: cached}
	if r.kind == KindMap {
		ev.Strategy = "map-reduce"
		if m := partHeader.FindStringSubmatch(r.user); m != nil {
			ev.Total, _ = strconv.Atoi(m[2])
		}
	}
	summarize.ReportProgress(ctx, ev)
}
