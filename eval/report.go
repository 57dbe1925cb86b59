package eval

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// WriteFiles writes report.json, report.md and junit.xml to dir, creating it.
// Call Check first for the gate to appear in them.
func (r *Report) WriteFiles(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	var md strings.Builder
	r.Markdown(&md)
	var ju strings.Builder
	if err := r.JUnit(&ju); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"report.json", append(js, '\n')},
		{"report.md", []byte(md.String())},
		{"junit.xml", []byte(ju.String())},
	} {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return fmt.Errorf("eval report: %w", err)
		}
	}
	return nil
}

// row is one line of the tables: a case or the means.
type row struct {
	name                     string
	r1, r2, rl, rlsum        float64
	facts, validity, support float64
	redundancy               float64
	specifics                string
	words                    string
	leaks                    string
	promptFacts              float64
	note                     string
}

func (r *Report) rows() []row {
	var rows []row
	for _, c := range r.Cases {
		note := ""
		if c.Error != "" {
			note = "error: " + c.Error
		}
		rows = append(rows, row{
			name: c.Name,
			r1:   c.Rouge.Rouge1.F1, r2: c.Rouge.Rouge2.F1, rl: c.Rouge.RougeL.F1, rlsum: c.Rouge.RougeLsum.F1,
			facts: c.FactRecall, validity: c.Citations.Validity, support: c.Citations.Support,
			redundancy:  c.Redundancy.Share,
			specifics:   fmt.Sprint(c.Specifics.Count),
			words:       fmt.Sprintf("%d/%d", c.Length.Words, c.Length.MaxWords),
			leaks:       fmt.Sprint(len(c.InjectionLeaks)),
			promptFacts: c.PromptFactCoverage,
			note:        note,
		})
	}
	m := r.Means
	rows = append(rows, row{
		name: "MEAN",
		r1:   m.Rouge1F1, r2: m.Rouge2F1, rl: m.RougeLF1, rlsum: m.RougeLsumF1,
		facts: m.FactRecall, validity: m.CitationValidity, support: m.CitationSupport,
		redundancy:  m.Redundancy,
		specifics:   fmt.Sprintf("%.2f", m.UnsupportedSpecifics),
		words:       fmt.Sprintf("%.0f (%d over)", m.Words, m.OverBudget),
		leaks:       fmt.Sprint(m.InjectionLeaks),
		promptFacts: m.PromptFactCoverage,
	})
	return rows
}

var tableHeader = []string{"case", "R1 F1", "R2 F1", "RL F1", "RLsum F1", "facts", "cit.valid", "cit.support", "redundancy", "unsupported", "words", "leaks", "prompt.facts"}

func (x row) cells() []string {
	f := func(v float64) string { return fmt.Sprintf("%.4f", v) }
	return []string{x.name, f(x.r1), f(x.r2), f(x.rl), f(x.rlsum), f(x.facts), f(x.validity), f(x.support), f(x.redundancy), x.specifics, x.words, x.leaks, f(x.promptFacts)}
}

// Table writes the report as an aligned text table, one case a line, then
// the means and the gate's outcome if Check was called.
func (r *Report) Table(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, strings.Join(tableHeader, "\t")+"\t")
	for _, x := range r.rows() {
		fmt.Fprintln(tw, strings.Join(x.cells(), "\t")+"\t")
	}
	tw.Flush()
	r.coverageTable(w)
	r.supportLines(w, false)
	for _, c := range r.Cases {
		if c.Error != "" {
			fmt.Fprintf(w, "%s: error: %s\n", c.Name, c.Error)
		}
		if len(c.InjectionLeaks) > 0 {
			fmt.Fprintf(w, "%s: injection leaked: %s\n", c.Name, strings.Join(c.InjectionLeaks, "; "))
		}
	}
	r.writeGate(w, "")
}

func (r *Report) writeGate(w io.Writer, bullet string) {
	if r.Gate == nil {
		return
	}
	if r.Gate.Passed {
		fmt.Fprintln(w, "\ngate: passed")
		return
	}
	fmt.Fprintln(w, "\ngate: FAILED")
	for _, f := range r.Gate.Failures {
		fmt.Fprintf(w, "%s  %s\n", bullet, f)
	}
}

// Markdown writes the report as a Markdown table with the unsupported
// specifics and missed facts of each case below it.
func (r *Report) Markdown(w io.Writer) {
	fmt.Fprintf(w, "# Eval report")
	if r.Engine != "" {
		fmt.Fprintf(w, " (engine %s)", r.Engine)
	}
	fmt.Fprint(w, "\n\n| "+strings.Join(tableHeader, " | ")+" |\n|")
	for i := range tableHeader {
		if i == 0 {
			fmt.Fprint(w, " --- |")
		} else {
			fmt.Fprint(w, " ---: |")
		}
	}
	fmt.Fprintln(w)
	for _, x := range r.rows() {
		cells := x.cells()
		if x.name == "MEAN" {
			cells[0] = "**mean**"
		}
		fmt.Fprintln(w, "| "+strings.Join(cells, " | ")+" |")
	}
	if r.Gate != nil {
		if r.Gate.Passed {
			fmt.Fprintln(w, "\n**Gate: passed.**")
		} else {
			fmt.Fprintln(w, "\n**Gate: FAILED.**")
			fmt.Fprintln(w)
			for _, f := range r.Gate.Failures {
				fmt.Fprintf(w, "- %s\n", mdEscape(f.String()))
			}
		}
	}
	r.supportLines(w, true)
	for _, c := range r.Cases {
		fmt.Fprintf(w, "\n## %s\n\n", c.Name)
		if c.Error != "" {
			fmt.Fprintf(w, "Error: %s\n\n", mdEscape(c.Error))
		}
		var missed []string
		for _, f := range c.Facts {
			if !f.Carried {
				missed = append(missed, f.Fact)
			}
		}
		fmt.Fprintf(w, "Facts carried: %d of %d.", len(c.Facts)-len(missed), len(c.Facts))
		if len(missed) > 0 {
			fmt.Fprintln(w, " Missed:")
			fmt.Fprintln(w)
			for _, m := range missed {
				fmt.Fprintf(w, "- %s\n", mdEscape(m))
			}
		} else {
			fmt.Fprintln(w)
		}
		for _, pc := range c.PromptFacts {
			fmt.Fprintf(w, "\nPrompt facts at %d tokens: %s, %d passages sent, %d left out; %.4f of the facts sent, %.4f carried by all merged passages (ratio %.4f).",
				pc.ContextTokens, pc.Strategy, pc.Sent, pc.LeftOut, pc.SentShare, pc.MergedShare, pc.Ratio)
			if len(pc.Lost) > 0 {
				fmt.Fprintf(w, " Lost: %s.", mdEscape(strings.Join(pc.Lost, "; ")))
			}
		}
		if len(c.PromptFacts) > 0 {
			fmt.Fprintln(w)
		}
		if len(c.Specifics.Unsupported) > 0 {
			var s []string
			for _, u := range c.Specifics.Unsupported {
				s = append(s, fmt.Sprintf("%s `%s`", u.Kind, strings.ReplaceAll(u.Text, "`", "'")))
			}
			fmt.Fprintf(w, "\nUnsupported specifics: %s.\n", strings.Join(s, ", "))
		}
		if len(c.Citations.Invalid) > 0 {
			fmt.Fprintf(w, "\nInvalid citations: %s.\n", mdEscape(strings.Join(c.Citations.Invalid, ", ")))
		}
		if len(c.InjectionLeaks) > 0 {
			fmt.Fprintf(w, "\nInjection leaks: %s.\n", mdEscape(strings.Join(c.InjectionLeaks, "; ")))
		}
		if cv := c.Coverage; cv != nil {
			fmt.Fprintf(w, "\nDifferences: %d reported, %d expected; precision %.4f, recall %.4f.", cv.DifferencesReported, cv.DifferencesExpected, cv.DifferencePrecision, cv.DifferenceRecall)
			if cv.QuotesScored {
				fmt.Fprintf(w, " Quotes: recall %.4f of %d, speaker accuracy %.4f.", cv.QuoteRecall, cv.QuotesExpected, cv.SpeakerAccuracy)
			}
			fmt.Fprintln(w)
			for _, x := range cv.FalseDifferences {
				fmt.Fprintf(w, "- false difference: %s\n", mdEscape(x))
			}
			for _, x := range cv.MissedDifferences {
				fmt.Fprintf(w, "- missed difference: %s\n", mdEscape(x))
			}
			for _, x := range cv.MissedQuotes {
				fmt.Fprintf(w, "- missed quote: %s\n", mdEscape(x))
			}
			for _, x := range cv.WrongSpeakers {
				fmt.Fprintf(w, "- wrong speaker: %s\n", mdEscape(x))
			}
		}
	}
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Body    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// JUnit writes the report as JUnit XML: one test case per eval case (failed
// when the pipeline failed, the briefing leaked a forbidden string or
// exceeded its word budget) and one for the gate (skipped when Check was not
// called).
func (r *Report) JUnit(w io.Writer) error {
	s := junitSuite{Name: "briefing-eval"}
	var total int64
	for _, c := range r.Cases {
		total += c.DurationMS
		jc := junitCase{Name: c.Name, Classname: "eval.case", Time: fmt.Sprintf("%.3f", float64(c.DurationMS)/1000)}
		var problems []string
		if c.Error != "" {
			problems = append(problems, "pipeline error: "+c.Error)
		}
		if len(c.InjectionLeaks) > 0 {
			problems = append(problems, "injection leaked: "+strings.Join(c.InjectionLeaks, "; "))
		}
		if !c.Length.WithinBudget {
			problems = append(problems, fmt.Sprintf("over budget: %d words of %d", c.Length.Words, c.Length.MaxWords))
		}
		if len(problems) > 0 {
			jc.Failure = &junitFailure{Message: problems[0], Body: strings.Join(problems, "\n")}
			s.Failures++
		}
		jc.SystemOut = fmt.Sprintf("rouge1_f1=%.4f rouge2_f1=%.4f rougeL_f1=%.4f rougeLsum_f1=%.4f fact_recall=%.4f citation_validity=%.4f citation_support=%.4f unsupported_specifics=%d words=%d/%d prompt_fact_coverage=%.4f",
			c.Rouge.Rouge1.F1, c.Rouge.Rouge2.F1, c.Rouge.RougeL.F1, c.Rouge.RougeLsum.F1, c.FactRecall,
			c.Citations.Validity, c.Citations.Support, c.Specifics.Count, c.Length.Words, c.Length.MaxWords, c.PromptFactCoverage)
		s.Cases = append(s.Cases, jc)
	}
	gate := junitCase{Name: "gate", Classname: "eval.gate", Time: "0.000"}
	switch {
	case r.Gate == nil:
		gate.Skipped = &junitSkipped{Message: "thresholds not checked"}
		s.Skipped++
	case !r.Gate.Passed:
		var msgs []string
		for _, f := range r.Gate.Failures {
			msgs = append(msgs, f.String())
		}
		gate.Failure = &junitFailure{Message: fmt.Sprintf("%d metric(s) fell short", len(msgs)), Body: strings.Join(msgs, "\n")}
		s.Failures++
	}
	s.Cases = append(s.Cases, gate)
	s.Tests = len(s.Cases)
	s.Time = fmt.Sprintf("%.3f", float64(total)/1000)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(junitSuites{Suites: []junitSuite{s}}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// supportLines writes the support checker's figures: the points shown as
// supported, the reference sentences supported, the perturbed ones not
// supported by kind, and (in Markdown) the false flags and misses.
func (r *Report) supportLines(w io.Writer, md bool) {
	s := r.Support
	if md {
		fmt.Fprintln(w, "\n## Support checker")
		fmt.Fprintln(w)
	} else {
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "points shown as supported: %.4f\n", r.Means.PointsSupported)
	if s == nil {
		fmt.Fprintln(w, "reference sentences and perturbations: not measured (the briefer does not merge)")
		return
	}
	if md {
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "reference sentences supported: %d/%d = %.4f (%d partial)\n", s.Supported, s.References, s.ReferenceSupported, s.Partial)
	for _, p := range s.Perturbed {
		if md {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s, not supported: %d/%d = %.4f\n", strings.ReplaceAll(p.Kind, "_", " "), p.NotSupported, p.N, p.Rate)
	}
	if !md {
		return
	}
	for _, f := range s.FalseFlags {
		fmt.Fprintf(w, "- false flag: %s\n", mdEscape(f))
	}
	for _, m := range s.Missed {
		fmt.Fprintf(w, "- missed %s\n", mdEscape(m))
	}
}

// coverageTable writes the coverage metrics of the cases that have expectations.
func (r *Report) coverageTable(w io.Writer) {
	if r.Means.CoverageCases == 0 {
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "case\tdiffs rep/exp\tdiff.precision\tdiff.recall\tquote.recall\tspeaker.acc\t")
	for _, c := range r.Cases {
		cv := c.Coverage
		if cv == nil {
			continue
		}
		qr, sa := "-", "-"
		if cv.QuotesScored {
			qr, sa = fmt.Sprintf("%.4f", cv.QuoteRecall), fmt.Sprintf("%.4f", cv.SpeakerAccuracy)
		}
		fmt.Fprintf(tw, "%s\t%d/%d\t%.4f\t%.4f\t%s\t%s\t\n", c.Name, cv.DifferencesReported, cv.DifferencesExpected, cv.DifferencePrecision, cv.DifferenceRecall, qr, sa)
	}
	m := r.Means
	fmt.Fprintf(tw, "MEAN\t\t%.4f\t%.4f\t%.4f\t%.4f\t\n", m.DifferencePrecision, m.DifferenceRecall, m.QuoteRecall, m.SpeakerAccuracy)
	tw.Flush()
}
