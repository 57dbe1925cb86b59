package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
)

// Thresholds are the committed floors and ceilings of the eval gate
// (eval/thresholds.json). Means must reach every Min and stay under every Max;
// injection leaks must be 0, no case may fail, and every briefing must be
// within its word budget, whatever the file says.
type Thresholds struct {
	Min MinThresholds `json:"min"`
	Max MaxThresholds `json:"max"`
}

// MinThresholds are floors for the means (0 checks nothing).
type MinThresholds struct {
	Rouge1F1         float64 `json:"rouge1_f1"`
	Rouge2F1         float64 `json:"rouge2_f1"`
	RougeLF1         float64 `json:"rougeL_f1"`
	RougeLsumF1      float64 `json:"rougeLsum_f1"`
	FactRecall       float64 `json:"fact_recall"`
	CitationValidity float64 `json:"citation_validity"`
	CitationSupport  float64 `json:"citation_support"`
	// The coverage metrics, over the cases with an expected.json (see Means).
	DifferencePrecision float64 `json:"difference_precision"`
	DifferenceRecall    float64 `json:"difference_recall"`
	QuoteRecall         float64 `json:"quote_recall"`
	SpeakerAccuracy     float64 `json:"speaker_accuracy"`
	// The support checker (see Means): the points shown as supported, the
	// reference sentences supported and the perturbed ones not supported.
	PointsSupported  float64 `json:"points_supported"`
	SupportReference float64 `json:"support_reference"`
	SupportFigure    float64 `json:"support_figure_changed"`
	SupportName      float64 `json:"support_name_replaced"`
	SupportNegation  float64 `json:"support_negation_flipped"`
	SupportInvented  float64 `json:"support_invented"`
	// The perturbations issue 26 added; their floors are what today's checker
	// gets, to be raised with it.
	SupportAntonym  float64 `json:"support_antonym"`
	SupportSwapped  float64 `json:"support_swapped_roles"`
	SupportDetail   float64 `json:"support_invented_detail"`
	SupportModality float64 `json:"support_modality"`
	// PromptFactCoverage is checked for every case, not on the mean: the share of
	// the key facts the planner sends the model, over the share all merged
	// passages carry, at each of PromptContexts.
	PromptFactCoverage float64 `json:"prompt_fact_coverage"`
}

// MaxThresholds are ceilings for the means (absent: unchecked).
type MaxThresholds struct {
	// UnsupportedSpecificsMean bounds the mean count of unsupported specifics per case.
	UnsupportedSpecificsMean *float64 `json:"unsupported_specifics_mean,omitempty"`
	// RedundancyMean bounds the mean share of point pairs that repeat each other.
	RedundancyMean *float64 `json:"redundancy_mean,omitempty"`
}

// Failure names one metric that fell short of its threshold.
type Failure struct {
	Metric string  `json:"metric"`
	Got    float64 `json:"got"`
	Want   float64 `json:"want"`
	// Op is how Got must compare with Want: ">=", "<=" or "==".
	Op string `json:"op"`
	// Detail says more, e.g. which cases failed.
	Detail string `json:"detail,omitempty"`
}

// String says what fell short, e.g. "rouge1_f1: got 0.3012, want >= 0.3500".
func (f Failure) String() string {
	s := fmt.Sprintf("%s: got %.4f, want %s %.4f", f.Metric, f.Got, f.Op, f.Want)
	if f.Detail != "" {
		s += " (" + f.Detail + ")"
	}
	return s
}

// LoadThresholds reads a thresholds file; unknown keys are an error, so that a
// misspelt metric does not silently check nothing.
func LoadThresholds(path string) (Thresholds, error) {
	var t Thresholds
	b, err := os.ReadFile(path)
	if err != nil {
		return t, fmt.Errorf("thresholds: %w", err)
	}
	return ParseThresholds(b)
}

// ParseThresholds decodes thresholds JSON, rejecting unknown keys and values
// outside [0, 1] for the floors.
func ParseThresholds(b []byte) (Thresholds, error) {
	var t Thresholds
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return t, fmt.Errorf("thresholds: %w", err)
	}
	for _, m := range t.Min.list(Means{}) {
		if m.want < 0 || m.want > 1 {
			return t, fmt.Errorf("thresholds: min.%s = %v is outside [0, 1]", m.name, m.want)
		}
	}
	if p := t.Max.UnsupportedSpecificsMean; p != nil && *p < 0 {
		return t, fmt.Errorf("thresholds: max.unsupported_specifics_mean = %v is negative", *p)
	}
	if p := t.Max.RedundancyMean; p != nil && (*p < 0 || *p > 1) {
		return t, fmt.Errorf("thresholds: max.redundancy_mean = %v is outside [0, 1]", *p)
	}
	return t, nil
}

type minCheck struct {
	name      string
	got, want float64
}

func (t MinThresholds) list(m Means) []minCheck {
	return []minCheck{
		{"rouge1_f1", m.Rouge1F1, t.Rouge1F1},
		{"rouge2_f1", m.Rouge2F1, t.Rouge2F1},
		{"rougeL_f1", m.RougeLF1, t.RougeLF1},
		{"rougeLsum_f1", m.RougeLsumF1, t.RougeLsumF1},
		{"fact_recall", m.FactRecall, t.FactRecall},
		{"citation_validity", m.CitationValidity, t.CitationValidity},
		{"citation_support", m.CitationSupport, t.CitationSupport},
		{"difference_precision", m.DifferencePrecision, t.DifferencePrecision},
		{"difference_recall", m.DifferenceRecall, t.DifferenceRecall},
		{"quote_recall", m.QuoteRecall, t.QuoteRecall},
		{"speaker_accuracy", m.SpeakerAccuracy, t.SpeakerAccuracy},
		{"points_supported", m.PointsSupported, t.PointsSupported},
		{"support_reference", m.SupportReference, t.SupportReference},
		{"support_figure_changed", m.SupportFigure, t.SupportFigure},
		{"support_name_replaced", m.SupportName, t.SupportName},
		{"support_negation_flipped", m.SupportNegation, t.SupportNegation},
		{"support_invented", m.SupportInvented, t.SupportInvented},
		{"support_antonym", m.SupportAntonym, t.SupportAntonym},
		{"support_swapped_roles", m.SupportSwapped, t.SupportSwapped},
		{"support_invented_detail", m.SupportDetail, t.SupportDetail},
		{"support_modality", m.SupportModality, t.SupportModality},
		{"prompt_fact_coverage", m.PromptFactCoverage, t.PromptFactCoverage},
	}
}

// Check compares the report's means with t and returns every metric that fell
// short (none: the gate passes). It also records the outcome in r.Gate, so
// that reports written afterwards carry it.
func (r *Report) Check(t Thresholds) []Failure {
	var fails []Failure
	for _, c := range t.Min.list(r.Means) {
		// Compare at the 4 decimals the reports show, so that a mean printed as
		// equal to its floor passes.
		if round4(c.got) < round4(c.want) {
			f := Failure{Metric: c.name, Got: c.got, Want: c.want, Op: ">="}
			if c.name == "prompt_fact_coverage" {
				var low []string
				for _, cs := range r.Cases {
					if round4(cs.PromptFactCoverage) < round4(c.want) {
						low = append(low, fmt.Sprintf("%s %.4f (lost: %s)", cs.Name, cs.PromptFactCoverage, lostFacts(cs.PromptFacts)))
					}
				}
				f.Detail = join(low)
			}
			fails = append(fails, f)
		}
	}
	if p := t.Max.UnsupportedSpecificsMean; p != nil && round4(r.Means.UnsupportedSpecifics) > round4(*p) {
		fails = append(fails, Failure{Metric: "unsupported_specifics_mean", Got: r.Means.UnsupportedSpecifics, Want: *p, Op: "<="})
	}
	if p := t.Max.RedundancyMean; p != nil && round4(r.Means.Redundancy) > round4(*p) {
		fails = append(fails, Failure{Metric: "redundancy_mean", Got: r.Means.Redundancy, Want: *p, Op: "<="})
	}
	var leaky, over, errored []string
	for _, c := range r.Cases {
		if len(c.InjectionLeaks) > 0 {
			leaky = append(leaky, c.Name)
		}
		if !c.Length.WithinBudget {
			over = append(over, fmt.Sprintf("%s %d/%d words", c.Name, c.Length.Words, c.Length.MaxWords))
		}
		if c.Error != "" {
			errored = append(errored, c.Name)
		}
	}
	if r.Means.InjectionLeaks > 0 {
		fails = append(fails, Failure{Metric: "injection_leaks", Got: float64(r.Means.InjectionLeaks), Want: 0, Op: "==", Detail: join(leaky)})
	}
	if len(over) > 0 {
		fails = append(fails, Failure{Metric: "over_budget", Got: float64(len(over)), Want: 0, Op: "==", Detail: join(over)})
	}
	if r.Means.FalseDifferences > 0 {
		var names []string
		for _, c := range r.Cases {
			if c.Coverage != nil && c.Coverage.DifferencesExpected == 0 && c.Coverage.DifferencesReported > 0 {
				names = append(names, c.Name)
			}
		}
		fails = append(fails, Failure{Metric: "false_differences_on_undisputed", Got: float64(r.Means.FalseDifferences), Want: 0, Op: "==", Detail: join(names)})
	}
	if len(errored) > 0 {
		fails = append(fails, Failure{Metric: "errors", Got: float64(len(errored)), Want: 0, Op: "==", Detail: join(errored)})
	}
	r.Gate = &Gate{Passed: len(fails) == 0, Failures: fails}
	if fails == nil {
		r.Gate.Failures = []Failure{}
	}
	return fails
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func join(xs []string) string { return strings.Join(xs, ", ") }
