package pipeline_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefing-news/briefing/summarize"
)

// TestBriefAndMergeIsBriefThenMerge: the one merge BriefAndMerge shares is the
// one Brief writes from and Merge reports, so a caller that needs both (the
// eval) gets the same figures as from calling both.
func TestBriefAndMergeIsBriefThenMerge(t *testing.T) {
	failing := &fakeEngine{name: "llm", brief: func(context.Context, *summarize.Input) (*summarize.Draft, error) {
		return nil, summarize.Errorf(summarize.EUPSTREAM, "model said 503 three times")
	}}
	// The engine writes over the passages it is given: the report must not see it.
	scribbling := &fakeEngine{name: "llm", brief: func(_ context.Context, in *summarize.Input) (*summarize.Draft, error) {
		p := in.Passages[0]
		for i := range in.Passages {
			in.Passages[i].Text = "scribbled"
		}
		return &summarize.Draft{Headline: "h", Points: []summarize.DraftPoint{{Text: p.Text, Passages: []string{p.ID}}}}, nil
	}}
	clusters := loadClusters(t)
	type test struct {
		name       string
		engines    []summarize.Engine
		req        summarize.Request
		wantCode   string // the error's code; "" none
		wantReport bool
	}
	var tests []test
	for _, c := range clusters {
		tests = append(tests, test{name: c.name, req: c.request, wantReport: true})
	}
	forced := clusters[0].request
	forced.Options.Engine = "llm"
	tests = append(tests,
		test{name: "the engine fails after the merge", engines: []summarize.Engine{failing}, req: forced, wantCode: summarize.EUPSTREAM, wantReport: true},
		test{name: "the engine changes its input", engines: []summarize.Engine{scribbling}, req: clusters[0].request, wantReport: true},
		test{name: "the request fails before the merge", req: summarize.Request{}, wantCode: summarize.EINVALID},
	)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			b, rep, err := newPipeline(t, tt.engines...).BriefAndMerge(ctx, tt.req)
			if got := summarize.ErrorCode(err); (err != nil || tt.wantCode != "") && got != tt.wantCode {
				t.Fatalf("code=%q (%v), want %q", got, err, tt.wantCode)
			}
			if (rep != nil) != tt.wantReport {
				t.Fatalf("report %v, want one: %v", rep != nil, tt.wantReport)
			}
			wantB, berr := newPipeline(t, tt.engines...).Brief(ctx, tt.req)
			if summarize.ErrorCode(berr) != summarize.ErrorCode(err) {
				t.Fatalf("Brief's error %v, BriefAndMerge's %v", berr, err)
			}
			if diff := cmp.Diff(wantB, b); diff != "" {
				t.Fatalf("briefing differs from Brief's (-Brief +BriefAndMerge):\n%s", diff)
			}
			if !tt.wantReport {
				return
			}
			req := tt.req
			req.Options.Engine = "" // the eval merges each case without an engine
			wantRep, err := newPipeline(t).Merge(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantRep, rep); diff != "" {
				t.Fatalf("report differs from Merge's (-Merge +BriefAndMerge):\n%s", diff)
			}
		})
	}
}
