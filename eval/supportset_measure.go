package eval

// The support checker measured on the outside dev sets (`briefing eval
// --support-set DIR`): SummEdits balanced accuracy by domain, MultiLing
// reference sentences supported and their perturbations caught, and a sweep of
// the coverage threshold over both.

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/segment"
	"github.com/briefing-news/briefing/summarize/text"
	"github.com/briefing-news/briefing/summarize/verify"
)

// SupportSetReport is the support checker measured on one support set.
type SupportSetReport struct {
	Kind string `json:"kind"` // SupportSetSummEdits or SupportSetMultiLing
	// Threshold is verify.SupportCoverage, the coverage the figures were taken at.
	Threshold float64 `json:"threshold"`
	// Seconds is the wall time of the run (reading excluded).
	Seconds float64 `json:"seconds"`
	// Merges counts the pipeline merges run (one per distinct document or topic).
	Merges int `json:"merges"`

	SummEdits     []DomainAccuracy `json:"summedits,omitempty"`
	SummEditsMean float64          `json:"summedits_mean_balanced_accuracy,omitempty"`

	MultiLing *MultiLingRates `json:"multiling,omitempty"`
	// Languages are the figures of MultiLing's other languages, by language
	// (MeasureMultiLingLanguages).
	Languages []LanguageRates `json:"languages,omitempty"`

	// Sweep is the threshold sweep: at each threshold, the share of faithful
	// claims supported and of changed claims caught.
	Sweep []SweepRow `json:"sweep"`
	// Broken counts claims whose status disagrees with "no figure, name or
	// negation missing, not half made of words no article writes
	// (verify.Result.Foreign), a word carried as written (not
	// verify.Result.Unanchored) and coverage at least Threshold", the rule the
	// sweep assumes (0 when it holds).
	Broken int `json:"broken"`
}

// DomainAccuracy is one SummEdits domain: summaries judged consistent when
// every sentence of theirs is supported.
type DomainAccuracy struct {
	Domain string `json:"domain"`
	Items  int    `json:"items"`
	// Consistent counts the summaries people labelled consistent; Accepted those
	// of them the checker judged consistent.
	Consistent int `json:"consistent"`
	Accepted   int `json:"accepted"`
	// Inconsistent counts the others; Caught those the checker judged inconsistent.
	Inconsistent int `json:"inconsistent"`
	Caught       int `json:"caught"`
	// BalancedAccuracy is (Accepted/Consistent + Caught/Inconsistent) / 2, in percent.
	BalancedAccuracy float64 `json:"balanced_accuracy"`
	Documents        int     `json:"documents"`
	Sentences        int     `json:"sentences"`
	// Errors counts the documents the pipeline could not merge (their summaries
	// are judged inconsistent).
	Errors int `json:"errors,omitempty"`
}

// MultiLingRates are the MultiLing reference sentences and their perturbations.
type MultiLingRates struct {
	Topics      int     `json:"topics"`
	References  int     `json:"references"` // reference sentences
	Supported   int     `json:"supported"`
	Partial     int     `json:"partial"`
	Unsupported int     `json:"unsupported"`
	ShareSupp   float64 `json:"share_supported"`
	SharePart   float64 `json:"share_partial"`
	ShareUnsupp float64 `json:"share_unsupported"`
	// Perturbed is, by kind, how many perturbed sentences were checked and how
	// many were caught (not supported); Overall pools the kinds.
	Perturbed []PerturbRate `json:"perturbed"`
	Overall   PerturbRate   `json:"overall"`
	// Examples are ten reference sentences of each status, spread over the set,
	// with what the checker named missing.
	Examples []Example `json:"examples"`
	// Missed are the perturbed sentences found supported.
	Missed []string `json:"missed,omitempty"`
	// FalseFlags are the reference sentences not supported, with what the
	// checker named missing.
	FalseFlags []string `json:"false_flags,omitempty"`
	// Named are up to ten sentences not supported by each kind of item the
	// checker named (SupportRates.Named).
	Named map[string][]string `json:"named,omitempty"`
	// Peers is how the checker judges the participating systems' summaries,
	// when the file has them (measurePeers).
	Peers *PeerRates `json:"peers,omitempty"`
}

// PeerRates is how the checker judges the sentences of the participating
// systems' summaries of the topics: text nobody here wrote, most of it copied
// from the articles by extractive systems, so that a sentence refused is
// most often a false flag of the checker (or a sentence a system cut or
// glued). Refused lists them with what the checker named.
type PeerRates struct {
	Systems   int      `json:"systems"`
	Sentences int      `json:"sentences"`
	Supported int      `json:"supported"`
	Share     float64  `json:"share_supported"`
	Refused   []string `json:"refused,omitempty"`
}

// measurePeers checks every sentence of each topic's peers against the
// topic's index (groups[i] is topics[i]'s); nil when no topic has peers, or
// when ctx ends first.
func measurePeers(ctx context.Context, seg *segment.Segmenter, topics []MultiLingTopic, groups []supportGroup) *PeerRates {
	var pr PeerRates
	systems := map[string]bool{}
	for i, t := range topics {
		if ctx.Err() != nil {
			return nil
		}
		for _, id := range slices.Sorted(maps.Keys(t.Peers)) {
			systems[id] = true
			for _, s := range Sentences(seg, t.Peers[id]) {
				r := groups[i].x.Find(s)
				pr.Sentences++
				if r.Supported() {
					pr.Supported++
					continue
				}
				pr.Refused = append(pr.Refused, fmt.Sprintf("%s %s: %q is %s (coverage %.2f; not found: %s)", t.Topic, id, s, r.Status, r.Coverage, missingList(r)))
			}
		}
	}
	if pr.Sentences == 0 {
		return nil
	}
	pr.Systems = len(systems)
	pr.Share = ratio(pr.Supported, pr.Sentences)
	return &pr
}

// Example is one checked reference sentence.
type Example struct {
	Topic    string   `json:"topic"`
	Sentence string   `json:"sentence"`
	Status   string   `json:"status"`
	Coverage float64  `json:"coverage"`
	Missing  []string `json:"missing,omitempty"`
	Sources  []string `json:"sources,omitempty"`
}

// SweepRow is one threshold of the sweep.
type SweepRow struct {
	Threshold float64 `json:"threshold"`
	// FaithfulSupported is the share of faithful claims supported (SummEdits:
	// consistent summaries accepted); ChangedCaught the share of changed ones not
	// supported (SummEdits: inconsistent summaries caught).
	FaithfulSupported float64 `json:"faithful_supported"`
	ChangedCaught     float64 `json:"changed_caught"`
	// BalancedAccuracy is their mean (SummEdits: the mean of the domains'
	// balanced accuracies), in percent.
	BalancedAccuracy float64 `json:"balanced_accuracy"`
	// ByGroup is the balanced accuracy of each SummEdits domain, or the share
	// caught of each perturbation kind (MultiLing), in percent.
	ByGroup map[string]float64 `json:"by_group,omitempty"`
}

// SweepThresholds are the thresholds swept: 0.30 to 0.95 by 0.05.
func SweepThresholds() []float64 {
	var out []float64
	for i := 6; i <= 19; i++ {
		out = append(out, float64(i)*0.05)
	}
	return out
}

// Sentences splits a summary into sentences as the check endpoint splits a
// draft: paragraphs at blank lines, each split by the segmenter.
func Sentences(seg *segment.Segmenter, s string) []string {
	var out []string
	for _, p := range segment.Paragraphs(s) {
		for _, x := range seg.Sentences(strings.Join(strings.Fields(p), " ")) {
			if strings.TrimSpace(x) != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

// summItem is one SummEdits item's verdicts, for the sweep.
type summItem struct {
	consistent bool
	verdicts   []claimVerdict
	failed     bool // the document could not be merged
}

func (it summItem) acceptedAt(t float64) bool {
	if it.failed {
		return false
	}
	for _, v := range it.verdicts {
		if !v.supportedAt(t) {
			return false
		}
	}
	return true
}

// MeasureSummEdits merges each distinct document of each domain once (one
// article, as the service would get it) and checks every sentence of every
// summary against all its passages (Find). A summary is judged consistent when
// all its sentences are supported.
func MeasureSummEdits(ctx context.Context, m Merger, seg *segment.Segmenter, domains []SummEditsDomain) (*SupportSetReport, error) {
	start := time.Now()
	rep := &SupportSetReport{Kind: SupportSetSummEdits, Threshold: verify.SupportCoverage}
	byDomain := map[string][]summItem{}
	var names []string
	for _, d := range domains {
		acc := DomainAccuracy{Domain: d.Name, Items: len(d.Items)}
		index := map[string]*verify.Index{}
		var items []summItem
		for _, it := range d.Items {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			x, seen := index[it.Doc]
			if !seen {
				mr, err := m.Merge(ctx, summarize.Request{Articles: []summarize.Article{{ID: "doc", Text: it.Doc}}})
				rep.Merges++
				acc.Documents++
				if err != nil {
					if ctx.Err() != nil {
						return nil, ctx.Err()
					}
					acc.Errors++
				} else {
					x = verify.NewIndex(mr.Result.Passages, mr.Articles)
				}
				index[it.Doc] = x
			}
			si := summItem{consistent: it.Consistent, failed: x == nil}
			ok := x != nil
			if x != nil {
				for _, s := range Sentences(seg, it.Summary) {
					r := x.Find(s)
					v := verdictOf(r)
					if v.supportedAt(verify.SupportCoverage) != r.Supported() {
						rep.Broken++
					}
					si.verdicts = append(si.verdicts, v)
					acc.Sentences++
					ok = ok && r.Supported()
				}
			}
			if it.Consistent {
				acc.Consistent++
				if ok {
					acc.Accepted++
				}
			} else {
				acc.Inconsistent++
				if !ok {
					acc.Caught++
				}
			}
			items = append(items, si)
		}
		acc.BalancedAccuracy = 100 * (ratio(acc.Accepted, acc.Consistent) + ratio(acc.Caught, acc.Inconsistent)) / 2
		rep.SummEdits = append(rep.SummEdits, acc)
		rep.SummEditsMean += acc.BalancedAccuracy / float64(len(domains))
		byDomain[d.Name] = items
		names = append(names, d.Name)
	}
	for _, t := range SweepThresholds() {
		row := SweepRow{Threshold: t, ByGroup: map[string]float64{}}
		var cons, acc, incons, caught int
		for _, n := range names {
			var c, a, i, k int
			for _, it := range byDomain[n] {
				ok := it.acceptedAt(t)
				if it.consistent {
					c++
					if ok {
						a++
					}
				} else {
					i++
					if !ok {
						k++
					}
				}
			}
			ba := 100 * (ratio(a, c) + ratio(k, i)) / 2
			row.ByGroup[n] = ba
			row.BalancedAccuracy += ba / float64(len(names))
			cons, acc, incons, caught = cons+c, acc+a, incons+i, caught+k
		}
		row.FaithfulSupported = ratio(acc, cons)
		row.ChangedCaught = ratio(caught, incons)
		rep.Sweep = append(rep.Sweep, row)
	}
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// MeasureMultiLing merges each topic's articles (with their dates) once and
// checks every sentence of its human references (Find over all its passages),
// and their perturbations (Perturb, and the next topic's sentences as invented
// claims).
func MeasureMultiLing(ctx context.Context, m Merger, seg *segment.Segmenter, topics []MultiLingTopic) (*SupportSetReport, error) {
	return measureMultiLing(ctx, m, seg, topics, nil)
}

// measureMultiLing is MeasureMultiLing with the sentences' language (nil:
// English), for the perturbations.
func measureMultiLing(ctx context.Context, m Merger, seg *segment.Segmenter, topics []MultiLingTopic, lang *text.Lang) (*SupportSetReport, error) {
	start := time.Now()
	rep := &SupportSetReport{Kind: SupportSetMultiLing, Threshold: verify.SupportCoverage}
	groups := make([]supportGroup, 0, len(topics))
	for _, t := range topics {
		mr, err := m.Merge(ctx, summarize.Request{Articles: t.Articles})
		rep.Merges++
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.Topic, err)
		}
		var corpus []string
		for _, a := range t.Articles {
			corpus = append(corpus, a.Title, a.Text)
		}
		var lines []string
		for _, r := range t.References {
			lines = append(lines, Sentences(seg, r)...)
		}
		groups = append(groups, supportGroup{name: t.Topic, x: verify.NewIndex(mr.Result.Passages, mr.Articles), corpus: strings.Join(corpus, "\n"), lines: lines, lang: lang})
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rates, lab := measureGroups(groups)
	rep.Broken = lab.broken
	ml := &MultiLingRates{Topics: len(topics), References: rates.References, Supported: rates.Supported, Partial: rates.Partial,
		Perturbed: rates.Perturbed, Missed: rates.Missed, FalseFlags: rates.FalseFlags, Named: rates.Named}
	ml.Unsupported = ml.References - ml.Supported - ml.Partial
	ml.ShareSupp = ratio(ml.Supported, ml.References)
	ml.SharePart = ratio(ml.Partial, ml.References)
	ml.ShareUnsupp = ratio(ml.Unsupported, ml.References)
	ml.Overall.Kind = "overall"
	for _, p := range rates.Perturbed {
		ml.Overall.N += p.N
		ml.Overall.NotSupported += p.NotSupported
		ml.Overall.OfSupported += p.OfSupported
		ml.Overall.OfSupportedCaught += p.OfSupportedCaught
		ml.Overall.OfCarried += p.OfCarried
		ml.Overall.OfCarriedCaught += p.OfCarriedCaught
	}
	ml.Overall.Rate = ratio(ml.Overall.NotSupported, ml.Overall.N)
	ml.Examples = examples(groups, 10)
	ml.Peers = measurePeers(ctx, seg, topics, groups)
	rep.MultiLing = ml
	rep.Sweep = sweepLabelled(lab)
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// examples checks the groups' faithful sentences again and keeps n of each
// status, spread evenly over the set.
func examples(groups []supportGroup, n int) []Example {
	by := map[string][]Example{}
	for _, g := range groups {
		for _, line := range g.lines {
			r := g.x.Find(line)
			e := Example{Topic: g.name, Sentence: line, Status: r.Status, Coverage: r.Coverage, Sources: r.Sentences}
			for _, u := range r.Unsupported {
				e.Missing = append(e.Missing, u.Kind+" "+fmt.Sprintf("%q", u.Text))
			}
			by[r.Status] = append(by[r.Status], e)
		}
	}
	var out []Example
	for _, st := range []string{summarize.SupportSupported, summarize.SupportPartial, summarize.SupportUnsupported} {
		xs := by[st]
		if len(xs) <= n {
			out = append(out, xs...)
			continue
		}
		for i := range n {
			out = append(out, xs[i*len(xs)/n])
		}
	}
	return out
}

// sweepLabelled is the sweep over faithful claims and the changed ones of every
// kind, pooled.
func sweepLabelled(lab *labelled) []SweepRow {
	var rows []SweepRow
	for _, t := range SweepThresholds() {
		row := SweepRow{Threshold: t, ByGroup: map[string]float64{}}
		sup := 0
		for _, v := range lab.faithful {
			if v.supportedAt(t) {
				sup++
			}
		}
		var n, caught int
		for _, k := range PerturbKinds {
			vs := lab.changed[k]
			c := 0
			for _, v := range vs {
				if !v.supportedAt(t) {
					c++
				}
			}
			row.ByGroup[k] = 100 * ratio(c, len(vs))
			n, caught = n+len(vs), caught+c
		}
		row.FaithfulSupported = ratio(sup, len(lab.faithful))
		row.ChangedCaught = ratio(caught, n)
		row.BalancedAccuracy = 100 * (row.FaithfulSupported + row.ChangedCaught) / 2
		rows = append(rows, row)
	}
	return rows
}

// Table writes the report for people: the figures, then the sweep.
func (r *SupportSetReport) Table(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	switch {
	case r.SummEdits != nil:
		fmt.Fprintln(w, "SummEdits: a summary is judged consistent when every sentence is supported")
		fmt.Fprintln(tw, "domain\titems\tconsistent accepted\tinconsistent caught\tbalanced accuracy\tdocs\tsentences\t")
		for _, d := range r.SummEdits {
			fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%d/%d\t%.1f\t%d\t%d\t\n", d.Domain, d.Items, d.Accepted, d.Consistent, d.Caught, d.Inconsistent, d.BalancedAccuracy, d.Documents, d.Sentences)
		}
		fmt.Fprintf(tw, "mean\t\t\t\t%.1f\t\t\t\n", r.SummEditsMean)
		tw.Flush()
	case len(r.Languages) > 0:
		fmt.Fprintln(w, "MultiLing by language: reference sentences supported; perturbations caught (not supported)")
		fmt.Fprintln(tw, "language\trules\ttopics\tsentences\tsupported\tfigures caught\tnames caught\tall caught\tpeers supported\t")
		for _, lr := range r.Languages {
			ml := lr.Rates
			var fig, name PerturbRate
			for _, p := range ml.Perturbed {
				switch p.Kind {
				case PerturbFigure:
					fig = p
				case PerturbName:
					name = p
				}
			}
			peers := "-"
			if p := ml.Peers; p != nil {
				peers = fmt.Sprintf("%d/%d %.1f%%", p.Supported, p.Sentences, 100*p.Share)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%.1f%%\t%d/%d %.1f%%\t%d/%d %.1f%%\t%.1f%%\t%s\t\n", lr.Language, lr.Rules, ml.Topics, ml.References, 100*ml.ShareSupp,
				fig.NotSupported, fig.N, 100*fig.Rate, name.NotSupported, name.N, 100*name.Rate, 100*ml.Overall.Rate, peers)
		}
		tw.Flush()
		for _, lr := range r.Languages {
			fmt.Fprintf(w, "\n%s examples:\n", lr.Language)
			for _, e := range lr.Rates.Examples {
				fmt.Fprintf(w, "- [%s %.2f] %s: %q", e.Status, e.Coverage, e.Topic, e.Sentence)
				if len(e.Missing) > 0 {
					fmt.Fprintf(w, " (missing: %s)", strings.Join(e.Missing, ", "))
				}
				fmt.Fprintln(w)
			}
		}
	case r.MultiLing != nil:
		ml := r.MultiLing
		fmt.Fprintf(w, "MultiLing: %d reference sentences of %d topics: supported %d (%.1f%%), partial %d (%.1f%%), unsupported %d (%.1f%%)\n",
			ml.References, ml.Topics, ml.Supported, 100*ml.ShareSupp, ml.Partial, 100*ml.SharePart, ml.Unsupported, 100*ml.ShareUnsupp)
		if p := ml.Peers; p != nil {
			fmt.Fprintf(w, "peers: %d sentences of %d systems' summaries: supported %d (%.1f%%)\n", p.Sentences, p.Systems, p.Supported, 100*p.Share)
		}
		fmt.Fprintln(w, "\nperturbations, caught (not supported):")
		fmt.Fprintln(tw, "kind\tn\tcaught\trate\tof supported sentences\trate\tof words the sources write\trate\t")
		for _, p := range append(ml.Perturbed, ml.Overall) {
			of, carried := "\t", "\t"
			if p.OfSupported > 0 {
				of = fmt.Sprintf("%d/%d\t%.1f%%", p.OfSupportedCaught, p.OfSupported, 100*ratio(p.OfSupportedCaught, p.OfSupported))
			}
			if p.OfCarried > 0 {
				carried = fmt.Sprintf("%d/%d\t%.1f%%", p.OfCarriedCaught, p.OfCarried, 100*ratio(p.OfCarriedCaught, p.OfCarried))
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f%%\t%s\t%s\t\n", p.Kind, p.N, p.NotSupported, 100*p.Rate, of, carried)
		}
		tw.Flush()
		fmt.Fprintln(w, "\nexamples:")
		for _, e := range ml.Examples {
			fmt.Fprintf(w, "- [%s %.2f] %s: %q", e.Status, e.Coverage, e.Topic, e.Sentence)
			if len(e.Missing) > 0 {
				fmt.Fprintf(w, " (missing: %s)", strings.Join(e.Missing, ", "))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "\nthreshold sweep (today's threshold %.2f):\n", r.Threshold)
	best := 0
	for i, row := range r.Sweep {
		if row.BalancedAccuracy > r.Sweep[best].BalancedAccuracy+1e-9 {
			best = i
		}
	}
	fmt.Fprintln(tw, "threshold\tfaithful supported\tchanged caught\tbalanced accuracy\t\t")
	for i, row := range r.Sweep {
		mark := ""
		if i == best {
			mark = "best"
		}
		fmt.Fprintf(tw, "%.2f\t%.1f%%\t%.1f%%\t%.1f\t%s\t\n", row.Threshold, 100*row.FaithfulSupported, 100*row.ChangedCaught, row.BalancedAccuracy, mark)
	}
	tw.Flush()
	if r.Broken > 0 {
		fmt.Fprintf(w, "\nwarning: %d claims' status disagrees with the rule the sweep assumes (supported iff no hard failure, not foreign, not unanchored and coverage >= threshold)\n", r.Broken)
	}
	fmt.Fprintf(w, "\n%d merges, %.1f s\n", r.Merges, r.Seconds)
}

// MeasureSupportSet reads the support set in dir (kind SupportSetSummEdits or
// SupportSetMultiLing; "" detects it, see DetectSupportSet) and measures the
// support checker on it, merging with m.
func MeasureSupportSet(ctx context.Context, m Merger, dir, kind string) (*SupportSetReport, error) {
	return MeasureSupportSetWith(ctx, m, dir, kind, SupportSetOptions{})
}

// SupportSetOptions tune MeasureSupportSetWith.
type SupportSetOptions struct {
	// EnglishRules reads MultiLing's other languages with the English rules
	// (no article language, English sentences): the figures before the
	// toolkit had languages, for comparison.
	EnglishRules bool
}

// MeasureSupportSetWith is MeasureSupportSet with options. A path that is a
// multiling2011_<language>.jsonl file, or a folder of them without
// multiling2011_en.jsonl, is measured by language (MeasureMultiLingLanguages).
func MeasureSupportSetWith(ctx context.Context, m Merger, dir, kind string, opt SupportSetOptions) (*SupportSetReport, error) {
	if (kind == "" || kind == SupportSetMultiLing) && IsMultiLingLanguages(dir) {
		seg, err := segment.New()
		if err != nil {
			return nil, err
		}
		return MeasureMultiLingLanguages(ctx, m, seg, dir, opt.EnglishRules)
	}
	if kind == "" {
		k, err := DetectSupportSet(dir)
		if err != nil {
			return nil, err
		}
		kind = k
	}
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	switch kind {
	case SupportSetSummEdits:
		domains, err := ReadSummEdits(dir)
		if err != nil {
			return nil, err
		}
		return MeasureSummEdits(ctx, m, seg, domains)
	case SupportSetMultiLing:
		topics, err := ReadMultiLing(dir)
		if err != nil {
			return nil, err
		}
		return MeasureMultiLing(ctx, m, seg, topics)
	}
	return nil, fmt.Errorf("support set kind %q is neither %s nor %s", kind, SupportSetSummEdits, SupportSetMultiLing)
}
