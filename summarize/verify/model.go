package verify

// The model's second opinion (Options.Verify "model"): the claims the rules
// leave partial for want of content words alone are put to a model, one
// entailment question each, with only the sentences the rules aligned to the
// claim (Result.Sentences). The rules decide what may be asked (Askable): a
// claim that lacks a figure, a name or a negation, or anything but words, is
// never asked, so no answer can make it supported. The model's answer turns a
// partial claim supported or unsupported (CheckedBy "model"); a failed call, a
// timeout or an answer that says neither leaves the rules' verdict (CheckedBy
// "", which the API writes "rules") with a warning, never a failed briefing.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/briefing-news/briefing/summarize"
)

// Bounds of the second opinion for one briefing or check.
const (
	// MaxQuestions is the most entailment questions one briefing or check asks:
	// the first askable claims in order; the rest keep the rules' verdict, and a
	// warning says how many. A briefing has at most 50 points, a check 200 claims.
	MaxQuestions = 20
	// DefaultQuestionConcurrency is the most questions in flight at once.
	DefaultQuestionConcurrency = 4
	// DefaultQuestionTimeout is the deadline of one question (its retries
	// included), within the request's own.
	DefaultQuestionTimeout = 15 * time.Second
)

// Second asks a model for its opinion on the claims the rules leave partial.
// The zero fields take the defaults above; a nil *Second asks nothing.
type Second struct {
	Entailer     summarize.Entailer
	Timeout      time.Duration // per question (DefaultQuestionTimeout)
	MaxQuestions int           // per briefing or check (MaxQuestions)
	Concurrency  int           // questions in flight (DefaultQuestionConcurrency)
}

// Askable reports whether the model may judge a claim with this verdict: the
// rules found it partial, with sentences aligned to it, and all it lacks is
// content words (summarize.MissingWord) — no figure, name, negation or any other
// kind of failure, which only the rules decide.
func Askable(r Result) bool {
	if r.Status != summarize.SupportPartial || len(r.Unsupported) == 0 || len(r.Sentences) == 0 {
		return false
	}
	for _, m := range r.Unsupported {
		if m.Kind != summarize.MissingWord {
			return false
		}
	}
	return true
}

// review asks about every askable result (claims[i] is rs[i]'s claim) and
// applies the answers to rs in place: Entailed makes it supported (nothing
// missing), NotEntailed unsupported (the words the rules did not find stay
// listed). It returns each result's CheckedBy ("" for the rules' verdict, as
// every point had before the model was asked; or CheckedByModel), what the
// questions spent, the warnings and how many questions got no answer. Nothing
// is asked when s is nil or has no Entailer.
func (s *Second) review(ctx context.Context, claims []string, rs []Result) ([]string, summarize.Usage, []string, int) {
	by := make([]string, len(rs)) // "": the rules (summarize.CheckedByRules)
	if s == nil || s.Entailer == nil {
		return by, summarize.Usage{}, nil, 0
	}
	limit, timeout, conc := s.MaxQuestions, s.Timeout, s.Concurrency
	if limit <= 0 {
		limit = MaxQuestions
	}
	if timeout <= 0 {
		timeout = DefaultQuestionTimeout
	}
	if conc <= 0 {
		conc = DefaultQuestionConcurrency
	}
	var asked []int
	over := 0
	for i, r := range rs {
		if !Askable(r) {
			continue
		}
		if len(asked) == limit {
			over++
			continue
		}
		asked = append(asked, i)
	}
	answers := make([]summarize.Entailment, len(rs))
	errs := make([]error, len(rs))
	var mu sync.Mutex
	var usage summarize.Usage
	var cost float64
	priced := false
	sem := make(chan struct{}, conc)
	var wg sync.WaitGroup
	for _, i := range asked {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs[i] = ctx.Err()
				return
			}
			defer func() { <-sem }()
			qctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			v, u, err := s.Entailer.Entail(qctx, claims[i], append([]string(nil), rs[i].Sentences...))
			answers[i], errs[i] = v, err
			mu.Lock()
			usage = usage.Add(u)
			if u.Cost != nil {
				cost, priced = cost+*u.Cost, true
			}
			mu.Unlock()
			// One progress event a question (stage "verify"): the stream's
			// client sees the questions go.
			summarize.ReportProgress(ctx, summarize.ProgressEvent{Kind: summarize.ProgressProgress, Stage: summarize.StepVerify, Total: len(asked)})
		}()
	}
	wg.Wait()
	if priced {
		usage.Cost = &cost
	}
	var supported, unsupported int
	var failed []string
	for _, i := range asked {
		// The rules' verdict is read again here, whatever happened since it was
		// asked about: only a partial claim lacking words alone changes.
		if !Askable(rs[i]) {
			continue
		}
		switch {
		case errs[i] != nil:
			failed = append(failed, fmt.Sprintf("%q (%s)", clip(claims[i]), failure(errs[i])))
		case answers[i] == summarize.Entailed:
			rs[i].Status, rs[i].Unsupported, by[i] = summarize.SupportSupported, nil, summarize.CheckedByModel
			supported++
		case answers[i] == summarize.NotEntailed:
			rs[i].Status, by[i] = summarize.SupportUnsupported, summarize.CheckedByModel
			unsupported++
		default:
			failed = append(failed, fmt.Sprintf("%q (an answer that says neither)", clip(claims[i])))
		}
	}
	var warnings []string
	if supported+unsupported > 0 {
		warnings = append(warnings, fmt.Sprintf("the model checked %d claim(s) the rules found partly supported: %d entailed by their sentences, %d not (support.checked_by model)", supported+unsupported, supported, unsupported))
	}
	if len(failed) > 0 {
		warnings = append(warnings, fmt.Sprintf("the model gave no opinion on %d claim(s) the rules found partly supported; the rules' verdict stands: %s", len(failed), strings.Join(limitList(failed, 10), "; ")))
	}
	if over > 0 {
		warnings = append(warnings, fmt.Sprintf("%d more claim(s) the rules found partly supported were not put to the model: at most %d questions a request", over, limit))
	}
	return by, usage, warnings, len(failed)
}

// failure names why a question got no answer, without the upstream's words.
func failure(err error) string {
	switch summarize.ErrorCode(err) {
	case summarize.ETIMEOUT:
		return "timed out"
	case summarize.EUPSTREAM:
		return summarize.ErrorMessage(err)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return "timed out"
	}
	return "the model call failed"
}
