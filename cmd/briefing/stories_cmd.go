package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/eval"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/pipeline"
	"github.com/briefing-news/briefing/summarize/stories"
)

// feedFlags are the limits of a feed grouped into stories: serve and stories.
var feedFlags = []string{"max-feed-articles"}

// runStories groups a feed (files, or a JSON feed on stdin) into stories and
// prints them as POST /v1/stories answers.
func runStories(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	cfg.settingFlags(fs, pipelineFlags, articleLimitFlags, feedFlags)
	window := fs.Duration("window", stories.DefaultWindow, "most time between two articles' published times for them to be one event")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if *window <= 0 {
		return exitError{code: 2, msg: "--window must be positive"}
	}
	var req summarize.Request
	opt := stories.Options{Window: *window}
	if len(fs.Args()) == 1 && fs.Arg(0) == "-" {
		var fopt stories.Options
		req, fopt, err = api.DecodeFeed(stdin)
		if err != nil {
			return describe(err)
		}
		if fopt.Window > 0 && !flagSet(fs, "window") {
			opt.Window = fopt.Window
		}
	} else if req, err = readRequest(fs.Args(), stdin); err != nil {
		return describe(err)
	}
	p, err := cfg.extractivePipeline(stderr)
	if err != nil {
		return err
	}
	feed, err := req.Check(p.RequestLimits().ForFeed(cfg.MaxFeedArticles))
	if err != nil {
		return describe(err)
	}
	res, err := p.Stories(ctx, feed, opt)
	if err != nil {
		return describe(err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(api.StoriesJSON(res))
}

// runStoriesEval scores the grouping with B-cubed precision, recall and F1:
// on a feed of every eval case's articles shuffled together, and on each
// MultiLing 2011 file given (one feed each).
func runStoriesEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stories-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg, err := loadConfig(getenv)
	if err != nil {
		return err
	}
	casesDir := fs.String("cases", "eval/cases", "folder of eval cases; empty skips them")
	incremental := fs.Bool("incremental", false, "file the articles one at a time in feed order (stories.Feed, as the stored feed of POST /v1/stories/articles does) instead of grouping the whole feed")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	var feeds []eval.Feed
	if *casesDir != "" {
		cases, err := eval.LoadCases(*casesDir)
		if err != nil {
			return err
		}
		feeds = append(feeds, eval.CasesFeed(cases, 1))
	}
	for _, path := range fs.Args() {
		f, err := eval.MultiLingFeed(path)
		if err != nil {
			return err
		}
		feeds = append(feeds, f)
	}
	p, err := cfg.extractivePipeline(stderr)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "feed\tarticles\tevents\tstories\tsingletons\tprecision\trecall\tF1\ttime\t")
	for _, f := range feeds {
		group := groupFeed
		if *incremental {
			group = fileFeed
		}
		s, took, err := group(ctx, p, f)
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, describe(err))
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t\n", s.Feed, s.Articles, s.Events, s.Stories, s.Singletons, s.Precision, s.Recall, s.F1, took.Round(time.Millisecond))
	}
	return tw.Flush()
}

func groupFeed(ctx context.Context, p *pipeline.Pipeline, f eval.Feed) (eval.GroupingScore, time.Duration, error) {
	checked, err := summarize.Request{Articles: f.Articles}.Check(p.RequestLimits().ForFeed(max(len(f.Articles), 1)))
	if err != nil {
		return eval.GroupingScore{}, 0, err
	}
	start := time.Now()
	res, err := p.Stories(ctx, checked, stories.Options{})
	if err != nil {
		return eval.GroupingScore{}, 0, err
	}
	took := time.Since(start)
	groups := make([][]string, len(res.Stories))
	for i, s := range res.Stories {
		groups[i] = s.Articles
	}
	return eval.ScoreGrouping(f, groups, len(res.Singletons)), took, nil
}

// fileFeed files the feed's articles one at a time, in feed order, with
// stories.Feed (the stored feed's way) and scores the stories it makes.
func fileFeed(ctx context.Context, p *pipeline.Pipeline, f eval.Feed) (eval.GroupingScore, time.Duration, error) {
	checked, err := summarize.Request{Articles: f.Articles}.Check(p.RequestLimits().ForFeed(max(len(f.Articles), 1)))
	if err != nil {
		return eval.GroupingScore{}, 0, err
	}
	arts, err := p.FeedArticles(ctx, checked)
	if err != nil {
		return eval.GroupingScore{}, 0, err
	}
	start := time.Now()
	feed := stories.NewFeed(stories.Options{})
	members := map[string][]string{}
	var order []string
	for _, a := range arts {
		st, _ := feed.Add(a)
		if _, ok := members[st]; !ok {
			order = append(order, st)
		}
		members[st] = append(members[st], a.ID)
		for _, m := range feed.Moved() {
			members[m.From] = slices.DeleteFunc(members[m.From], func(id string) bool { return id == m.Article })
			if _, ok := members[m.To]; !ok {
				order = append(order, m.To)
			}
			members[m.To] = append(members[m.To], m.Article)
		}
	}
	took := time.Since(start)
	var groups [][]string
	singletons := 0
	for _, st := range order {
		if len(members[st]) < 2 {
			singletons++
			continue
		}
		groups = append(groups, members[st])
	}
	return eval.ScoreGrouping(f, groups, singletons), took, nil
}
