package eval

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/llm"
)

// Briefer writes a briefing for a request; *pipeline.Pipeline satisfies it.
type Briefer interface {
	Brief(ctx context.Context, req summarize.Request) (*summarize.Briefing, error)
}

// BriefMerger briefs a request and returns the merge it wrote from, as
// Merger.Merge reports it (nil when the request failed before the merge);
// *pipeline.Pipeline satisfies it. Run then merges each case once for the
// briefing, prompt fact coverage and the support checker.
type BriefMerger interface {
	BriefAndMerge(ctx context.Context, req summarize.Request) (*summarize.Briefing, *summarize.MergeReport, error)
}

// RunOptions tune a run.
type RunOptions struct {
	// Engine is put in each request's Options.Engine ("" leaves the pipeline's default).
	Engine string
	// Stem turns Porter stemming off for ROUGE when set to false; nil means on.
	Stem *bool
	// Counter, when set and the Briefer is also a Merger, turns on prompt fact
	// coverage: the llm planner runs on each case's merged passages at every
	// context of PromptContexts, without a model (see PromptFactCoverage).
	Counter llm.Counter
}

// CaseResult holds every metric of one case.
type CaseResult struct {
	Name string `json:"name"`
	// Engine is the engine that wrote the briefing (after any fallback).
	Engine string `json:"engine,omitempty"`
	// Error is set when the pipeline failed on the case; the metrics are then zero.
	Error      string           `json:"error,omitempty"`
	DurationMS int64            `json:"duration_ms"`
	Rouge      RougeScores      `json:"rouge"`
	FactRecall float64          `json:"fact_recall"`
	Facts      []FactMatch      `json:"facts"`
	Citations  CitationResult   `json:"citations"`
	Specifics  SpecificsResult  `json:"unsupported_specifics"`
	Length     LengthResult     `json:"length"`
	Redundancy RedundancyResult `json:"redundancy"`
	// InjectionLeaks are the case's forbidden strings found in the briefing.
	InjectionLeaks []string `json:"injection_leaks"`
	// Coverage scores differences and quotes; nil when the case has no expected.json.
	Coverage *CoverageResult `json:"coverage,omitempty"`
	// PointsSupported is the share of the briefing's points that the pipeline's
	// own support checker shows as "supported" (Point.Support).
	PointsSupported float64 `json:"points_supported"`
	// PromptFacts is the prompt fact coverage at each context; PromptFactCoverage
	// the lowest ratio of them (1 when not measured).
	PromptFacts        []PromptCoverage `json:"prompt_facts,omitempty"`
	PromptFactCoverage float64          `json:"prompt_fact_coverage"`
	// Briefing is the text that was scored (headline, summary, points; one a line).
	Briefing string `json:"briefing"`
}

// Means are the per-case metrics averaged over the cases (a failed case counts
// with zeros), plus the totals the gate needs.
type Means struct {
	Rouge1F1             float64 `json:"rouge1_f1"`
	Rouge2F1             float64 `json:"rouge2_f1"`
	RougeLF1             float64 `json:"rougeL_f1"`
	RougeLsumF1          float64 `json:"rougeLsum_f1"`
	FactRecall           float64 `json:"fact_recall"`
	CitationValidity     float64 `json:"citation_validity"`
	CitationSupport      float64 `json:"citation_support"`
	UnsupportedSpecifics float64 `json:"unsupported_specifics"`
	UnsupportedPer100    float64 `json:"unsupported_specifics_per_100_words"`
	Words                float64 `json:"words"`
	// Redundancy is the mean share of point pairs that overlap (see Redundancy).
	Redundancy float64 `json:"redundancy"`
	// InjectionLeaks is the total over all cases.
	InjectionLeaks int `json:"injection_leaks"`
	// OverBudget counts the cases whose briefing is longer than max_words.
	OverBudget int `json:"over_budget"`
	// Errors counts the cases the pipeline failed on.
	Errors int `json:"errors"`
	// DifferencePrecision and DifferenceRecall are averaged over the cases with an
	// expected.json; QuoteRecall and SpeakerAccuracy over those that list quotes.
	DifferencePrecision float64 `json:"difference_precision"`
	DifferenceRecall    float64 `json:"difference_recall"`
	QuoteRecall         float64 `json:"quote_recall"`
	SpeakerAccuracy     float64 `json:"speaker_accuracy"`
	CoverageCases       int     `json:"coverage_cases"`
	QuoteCases          int     `json:"quote_cases"`
	// FalseDifferences counts the differences reported on cases that expect none.
	FalseDifferences int `json:"false_differences_on_undisputed"`
	// PointsSupported is the share of all cases' points shown as "supported".
	PointsSupported float64 `json:"points_supported"`
	// The support checker on the cases (Report.Support), 0 when not measured:
	// reference sentences supported, and perturbed ones not supported, by kind.
	SupportReference float64 `json:"support_reference"`
	SupportFigure    float64 `json:"support_figure_changed"`
	SupportName      float64 `json:"support_name_replaced"`
	SupportNegation  float64 `json:"support_negation_flipped"`
	SupportInvented  float64 `json:"support_invented"`
	SupportAntonym   float64 `json:"support_antonym"`
	SupportSwapped   float64 `json:"support_swapped_roles"`
	SupportDetail    float64 `json:"support_invented_detail"`
	SupportModality  float64 `json:"support_modality"`
	// PromptFactCoverage is the lowest of the cases' (the gate checks each case).
	PromptFactCoverage float64 `json:"prompt_fact_coverage"`
}

// Report is the result of a run: each case and the means.
type Report struct {
	Engine string       `json:"engine,omitempty"`
	Cases  []CaseResult `json:"cases"`
	Means  Means        `json:"means"`
	// Support is the support checker measured on the cases (MeasureSupport), when
	// the Briefer is also a Merger.
	Support *SupportRates `json:"support,omitempty"`
	// Gate is the outcome of the last Check, if any.
	Gate *Gate `json:"gate,omitempty"`
}

// Gate is the outcome of checking a report against thresholds.
type Gate struct {
	Passed   bool      `json:"passed"`
	Failures []Failure `json:"failures"`
}

// Run briefs every case with b and scores the briefings. A case the pipeline
// fails on is recorded with its error and zero metrics; Run itself fails only
// when ctx ends.
//
// When b is also a Merger, each case is merged once, by b.BriefAndMerge when b
// is a BriefMerger, and that merge serves prompt fact coverage and the support
// checker; b.Merge merges a case only when the briefing did not reach the merge.
func Run(ctx context.Context, b Briefer, cases []*Case, opts RunOptions) (*Report, error) {
	stem := opts.Stem == nil || *opts.Stem
	rep := &Report{Engine: opts.Engine}
	m, merges := b.(Merger)
	var merged []*summarize.MergeReport // by case, when merges
	var mergeErr error                  // the first case's that could not be merged
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		req := summarize.Request{Articles: c.Articles, Options: c.Options}
		req.Options.Engine = opts.Engine
		start := time.Now()
		br, mr, err := brief(ctx, b, req)
		dur := time.Since(start)
		if err != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		res := ScoreCase(c, br, stem)
		res.DurationMS = dur.Milliseconds()
		if err != nil {
			res.Error = err.Error()
		}
		if merges {
			var merr error
			if mr == nil {
				// The engine is not part of a merge: the case merges as Merge does.
				mr, merr = m.Merge(ctx, summarize.Request{Articles: c.Articles, Options: c.Options})
			}
			if merr != nil && mergeErr == nil {
				mergeErr = fmt.Errorf("%s: %w", c.Name, merr)
			}
			if opts.Counter != nil {
				if perr := promptFacts(ctx, mr, merr, opts.Counter, c, &res); perr != nil && res.Error == "" {
					res.Error = "prompt fact coverage: " + perr.Error()
				}
			}
			merged = append(merged, mr)
		}
		rep.Cases = append(rep.Cases, res)
	}
	if merges {
		if mergeErr != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("support: %w", mergeErr)
		}
		rep.Support = measureSupport(cases, merged)
	}
	rep.computeMeans()
	return rep, nil
}

// brief briefs one case, with the merge it was written from when b returns it.
func brief(ctx context.Context, b Briefer, req summarize.Request) (*summarize.Briefing, *summarize.MergeReport, error) {
	if bm, ok := b.(BriefMerger); ok {
		return bm.BriefAndMerge(ctx, req)
	}
	br, err := b.Brief(ctx, req)
	return br, nil, err
}

// promptFacts measures the case's prompt fact coverage into res, from the
// case's merge rep (or the error that merging it gave).
func promptFacts(ctx context.Context, rep *summarize.MergeReport, mergeErr error, counter llm.Counter, c *Case, res *CaseResult) error {
	if mergeErr != nil {
		return mergeErr
	}
	opts := summarize.Request{Options: c.Options}.WithDefaults().Options
	in := &summarize.Input{Articles: rep.Articles, Passages: rep.Result.Passages, Options: opts, Differences: rep.Differences}
	pcs, err := PromptFactCoverage(ctx, counter, in, c.Facts, PromptContexts)
	if err != nil {
		return err
	}
	res.PromptFacts, res.PromptFactCoverage = pcs, minRatio(pcs)
	return nil
}

// ScoreCase computes every metric of one briefing for its case. A nil briefing
// scores zero everywhere (and is within budget).
func ScoreCase(c *Case, br *summarize.Briefing, stem bool) CaseResult {
	res := CaseResult{Name: c.Name, InjectionLeaks: []string{}, PromptFactCoverage: 1}
	text := BriefingText(br)
	res.Briefing = text
	if br != nil {
		res.Engine = br.Engine
	}
	res.Rouge = Rouge(ReferenceText(c.Reference), text, stem)
	res.FactRecall, res.Facts = FactRecall(br, c.Facts)
	res.Citations = Citations(br, c.Articles)
	res.Specifics = UnsupportedSpecifics(br, c.Articles)
	if res.Specifics.Unsupported == nil {
		res.Specifics.Unsupported = []Specific{}
	}
	res.Length = Length(br, c.Options.MaxWords)
	res.Redundancy = Redundancy(br)
	res.InjectionLeaks = append(res.InjectionLeaks, InjectionLeaks(br, c.Forbidden)...)
	res.Coverage = ScoreCoverage(br, c.Expected)
	if br != nil && len(br.Points) > 0 {
		n := 0
		for _, p := range br.Points {
			if p.Support.Status == summarize.SupportSupported {
				n++
			}
		}
		res.PointsSupported = float64(n) / float64(len(br.Points))
	}
	return res
}

// InjectionLeaks returns the forbidden strings that occur in the briefing's
// headline, summary, points or evidence quotes, compared case-insensitively
// with runs of white space folded.
func InjectionLeaks(br *summarize.Briefing, forbidden []string) []string {
	if br == nil || len(forbidden) == 0 {
		return nil
	}
	parts := []string{BriefingText(br)}
	for _, p := range br.Points {
		for _, e := range p.Evidence {
			parts = append(parts, e.Quote)
		}
	}
	hay := foldSpace(strings.ToLower(strings.Join(parts, "\n")))
	var out []string
	for _, f := range forbidden {
		if n := foldSpace(strings.ToLower(f)); n != "" && strings.Contains(hay, n) {
			out = append(out, f)
		}
	}
	return out
}

func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func (r *Report) computeMeans() {
	var m Means
	n := float64(len(r.Cases))
	m.PromptFactCoverage = 1
	var points, supported float64
	for _, c := range r.Cases {
		m.PromptFactCoverage = min(m.PromptFactCoverage, c.PromptFactCoverage)
		points += float64(c.Citations.Points)
		supported += c.PointsSupported * float64(c.Citations.Points)
		m.Rouge1F1 += c.Rouge.Rouge1.F1
		m.Rouge2F1 += c.Rouge.Rouge2.F1
		m.RougeLF1 += c.Rouge.RougeL.F1
		m.RougeLsumF1 += c.Rouge.RougeLsum.F1
		m.FactRecall += c.FactRecall
		m.CitationValidity += c.Citations.Validity
		m.CitationSupport += c.Citations.Support
		m.UnsupportedSpecifics += float64(c.Specifics.Count)
		m.UnsupportedPer100 += c.Specifics.Per100Words
		m.Words += float64(c.Length.Words)
		m.Redundancy += c.Redundancy.Share
		m.InjectionLeaks += len(c.InjectionLeaks)
		if !c.Length.WithinBudget {
			m.OverBudget++
		}
		if c.Error != "" {
			m.Errors++
		}
		if cv := c.Coverage; cv != nil {
			m.CoverageCases++
			m.DifferencePrecision += cv.DifferencePrecision
			m.DifferenceRecall += cv.DifferenceRecall
			if cv.DifferencesExpected == 0 {
				m.FalseDifferences += cv.DifferencesReported
			}
			if cv.QuotesScored {
				m.QuoteCases++
				m.QuoteRecall += cv.QuoteRecall
				m.SpeakerAccuracy += cv.SpeakerAccuracy
			}
		}
	}
	if m.CoverageCases > 0 {
		m.DifferencePrecision /= float64(m.CoverageCases)
		m.DifferenceRecall /= float64(m.CoverageCases)
	}
	if m.QuoteCases > 0 {
		m.QuoteRecall /= float64(m.QuoteCases)
		m.SpeakerAccuracy /= float64(m.QuoteCases)
	}
	if n > 0 {
		for _, p := range []*float64{&m.Rouge1F1, &m.Rouge2F1, &m.RougeLF1, &m.RougeLsumF1, &m.FactRecall,
			&m.CitationValidity, &m.CitationSupport, &m.UnsupportedSpecifics, &m.UnsupportedPer100, &m.Words, &m.Redundancy} {
			*p /= n
		}
	}
	if points > 0 {
		m.PointsSupported = supported / points
	}
	if s := r.Support; s != nil {
		m.SupportReference = s.ReferenceSupported
		m.SupportFigure = s.Rate(PerturbFigure)
		m.SupportName = s.Rate(PerturbName)
		m.SupportNegation = s.Rate(PerturbNegation)
		m.SupportInvented = s.Rate(PerturbInvented)
		m.SupportAntonym = s.Rate(PerturbAntonym)
		m.SupportSwapped = s.Rate(PerturbSwapped)
		m.SupportDetail = s.Rate(PerturbDetail)
		m.SupportModality = s.Rate(PerturbModality)
	}
	r.Means = m
}
