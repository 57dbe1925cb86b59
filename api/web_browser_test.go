package api_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/briefing-news/briefing/api"
	"github.com/briefing-news/briefing/summarize"
	"github.com/briefing-news/briefing/summarize/chunk"
	"github.com/briefing-news/briefing/summarize/extractive"
	"github.com/briefing-news/briefing/summarize/pipeline"
)

// The browser tests drive Debian's Chromium through the DevTools protocol against the
// page served by a real API over the extractive pipeline, on loopback.
//
// Without a Chromium they skip, saying how to install one; BRIEFING_BROWSER_TESTS=require
// (set by .ci/run) turns that skip into a failure, so CI always runs them.

const (
	storyA = "The old ferry quay at Lindholm will close for repairs from Monday, the port authority said on Thursday.\n\n" +
		"Engineers found cracks in two of the quay's concrete piles during a routine dive inspection last week.\n\n" +
		"Ferries to the islands will use the freight terminal's eastern berth for about six weeks."
	storyB = "The old ferry quay at Lindholm will close for repairs from Monday, the port authority said.\n\n" +
		"Engineers found cracks in two of the quay's concrete piles during a routine dive inspection.\n\n" +
		"Residents' association chair Marit Dahl asked for a shuttle bus to the temporary berth."
	hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`
)

func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("BRIEFING_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no Chromium found: install Debian's (apt-get install -y chromium) or set BRIEFING_CHROMIUM to a Chrome binary"
	if os.Getenv("BRIEFING_BROWSER_TESTS") == "require" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser starts the API with cfg over the extractive pipeline and a headless Chromium,
// and returns a chromedp context for one tab and the server's address.
func browser(t *testing.T, cfg api.Config) (context.Context, string) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	exe := chromiumPath(t)
	tok, err := chunk.NewTokenizer("gpt-4o-mini")
	if err != nil {
		t.Fatal(err)
	}
	p := &pipeline.Pipeline{
		Tokenizer:     tok,
		Engines:       map[string]summarize.Engine{summarize.EngineExtractive: extractive.New()},
		DefaultEngine: summarize.EngineExtractive,
	}
	s, err := api.New(cfg, p)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	t.Cleanup(hs.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	// A bound on the whole test, so a stuck browser fails it instead of hanging CI.
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx, hs.URL
}

// do runs browser steps, failing the test at the first error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs one browser action and returns its value.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// fillArticles types the two stories (the second with title) into the page.
func fillArticles(title string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS(`#articles .article:nth-child(2) .a-text`)),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(1) .a-source`), "Nordic Wire"),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(1) .a-text`), storyA),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(2) .a-source`), "Island Post"),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(2) .a-title`), title),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(2) .a-text`), storyB),
	)
}

func TestPageBriefsPastedArticles(t *testing.T) {
	ctx, base := browser(t, api.Config{})
	do(t, ctx,
		chromedp.Navigate(base+"/"),
		fillArticles("Quay closure: islanders ask for a shuttle"),
		chromedp.Click(chromedp.CSS(`#brief`)),
		chromedp.WaitVisible(chromedp.CSS(`#points li .chip`)),
	)
	headline := get(t, ctx, chromedp.Text(chromedp.CSS(`#headline`)))
	points := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#points li").length`))
	// The page reads the briefing's event stream and shows its progress.
	if events := get(t, ctx, chromedp.Evaluate[string](`window.briefingPage.events()`)); !strings.Contains(events, "merge") {
		t.Errorf("the page saw stream events %q, want the merge event at least", events)
	}

	// The chip's card names the outlet and quotes the evidence.
	do(t, ctx,
		chromedp.Focus(chromedp.CSS(`#points li:first-child .chip`)),
		chromedp.WaitVisible(chromedp.CSS(`#card`)),
	)
	card := get(t, ctx, chromedp.Text(chromedp.CSS(`#card`)))
	quote := get(t, ctx, chromedp.Text(chromedp.CSS(`#card blockquote`)))

	// Clicking it opens the article with the evidence highlighted.
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#points li:first-child .chip`)),
		chromedp.WaitVisible(chromedp.CSS(`#panel mark`)),
	)
	mark := get(t, ctx, chromedp.Text(chromedp.CSS(`#panel mark`)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`#panel-close`)))

	// Copy as Markdown asks the API for text/markdown; plain text is made on the page.
	do(t, ctx, chromedp.Click(chromedp.CSS(`#copy-md`)))
	markdown := get(t, ctx, chromedp.Poll[string](`(window.briefingPage.copied() || "").startsWith("# ") && window.briefingPage.copied()`, chromedp.WithPollingTimeout(20*time.Second)))
	do(t, ctx, chromedp.Click(chromedp.CSS(`#copy-text`)))
	plain := get(t, ctx, chromedp.Poll[string](`(window.briefingPage.copied() || "").includes("Sources:") && window.briefingPage.copied()`, chromedp.WithPollingTimeout(20*time.Second)))

	if !strings.Contains(headline, "Lindholm") {
		t.Errorf("headline %q does not name the story", headline)
	}
	if points < 2 {
		t.Errorf("%d points shown, want at least 2", points)
	}
	if !strings.Contains(card, "Nordic Wire") || quote == "" {
		t.Errorf("card %q: want the outlet and a quote", card)
	}
	if mark == "" || !strings.Contains(storyA+storyB, mark) {
		t.Errorf("highlight %q is not a sentence of the articles", mark)
	}
	if mark != quote {
		t.Errorf("highlight %q is not the card's evidence %q", mark, quote)
	}
	for _, want := range []string{"## Sources", "1. Nordic Wire", "[1]"} {
		if !strings.Contains(markdown, want) {
			t.Errorf("Markdown copy lacks %q:\n%s", want, markdown)
		}
	}
	if strings.Contains(plain, "## ") {
		t.Errorf("plain-text copy is not plain:\n%s", plain)
	}
	screenshots(t, ctx)
}

func TestPageShowsHostileArticleAsText(t *testing.T) {
	ctx, base := browser(t, api.Config{})
	do(t, ctx,
		chromedp.Navigate(base+"/"),
		fillArticles(hostile),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(2) .a-text`), storyB+"\n\n"+hostile+" Officials said the berth would open at 6 a.m."),
		chromedp.Click(chromedp.CSS(`#brief`)),
		chromedp.WaitVisible(chromedp.CSS(`#points li .chip`)),
		chromedp.Click(chromedp.CSS(`#points li:first-child .chip:last-of-type`)),
		chromedp.WaitVisible(chromedp.CSS(`#panel`)),
	)
	sources := get(t, ctx, chromedp.Text(chromedp.CSS(`#sources`)))
	pwned := get(t, ctx, chromedp.Evaluate[string](`String(window.__pwned)`))
	images := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("img").length`))
	scripts := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("body script").length`))
	if pwned != "undefined" {
		t.Fatalf("article markup ran: window.__pwned=%s", pwned)
	}
	if images != 0 || scripts != 0 {
		t.Fatalf("article markup became elements: %d img, %d script", images, scripts)
	}
	if !strings.Contains(sources, "<img src=x") {
		t.Fatalf("the hostile title is not shown as text: %q", sources)
	}
}

func TestPageAsksForKey(t *testing.T) {
	ctx, base := browser(t, api.Config{APIKeys: []string{"k-for-the-page"}})
	do(t, ctx,
		chromedp.Navigate(base+"/"),
		fillArticles("Quay closure"),
		chromedp.Click(chromedp.CSS(`#brief`)),
		chromedp.WaitVisible(chromedp.CSS(`#key-box`)),
	)
	errText := get(t, ctx, chromedp.Text(chromedp.CSS(`#error`)))
	do(t, ctx,
		chromedp.SendKeys(chromedp.CSS(`#api-key`), "k-for-the-page"),
		chromedp.Click(chromedp.CSS(`#brief`)),
		chromedp.WaitVisible(chromedp.CSS(`#points li .chip`)),
	)
	headline := get(t, ctx, chromedp.Text(chromedp.CSS(`#headline`)))
	if !strings.Contains(errText, "401") {
		t.Errorf("error shown without its status: %q", errText)
	}
	if headline == "" {
		t.Error("no briefing after the key was given")
	}
}

// screenshots writes the page with a briefing at 1280 and 390 px wide as test
// artifacts (go test -artifacts keeps them; the README's picture is one of them).
func screenshots(t *testing.T, ctx context.Context) {
	t.Helper()
	dir := t.ArtifactDir()
	for _, width := range []int64{1280, 390} {
		do(t, ctx, chromedp.EmulateViewport(width, 900))
		png := get(t, ctx, chromedp.FullScreenshot(100))
		path := filepath.Join(dir, fmt.Sprintf("page-%d.png", width))
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s (%d bytes)", path, len(png))
	}
}

// The feed view: many articles pasted in one box (one of them hostile markup)
// are grouped into stories; the quay's two articles are one story, the others
// are on their own, shown as text; briefing the story puts its articles in the
// editor and briefs them.
func TestPageFeedView(t *testing.T) {
	ctx, base := browser(t, api.Config{})
	other := "Lawmakers in the national assembly approved the budget bill by 212 votes to 188 after a night of debate over pension reform and defence spending."
	comet := "Astronomers at the Paranal observatory photographed a comet passing within 40 million kilometres of Earth, its tail stretching across three degrees of sky."
	feed := "Lindholm quay to close for repairs\n" + storyA + "\n---\n" + "Budget bill passes\n" + other +
		"\n---\n" + hostile + "\n" + comet + "\n---\n" + "Quay closure: islanders ask for a shuttle\n" + storyB + "\n"
	do(t, ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#feed-text`)),
		chromedp.SetValue(chromedp.CSS(`#feed-text`), feed),
		chromedp.Click(chromedp.CSS(`#group`)),
		chromedp.WaitVisible(chromedp.CSS(`#stories li.story .brief-story`)),
	)
	nStories := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#stories li.story").length`))
	storyItems := get(t, ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#stories li.story:first-child ul li")).map(li => li.textContent).join("|")`))
	singles := get(t, ctx, chromedp.Text(chromedp.CSS(`#singletons-list`)))
	if nStories != 1 {
		t.Errorf("%d stories shown, want 1 (the quay)", nStories)
	}
	if storyItems != "Lindholm quay to close for repairs|Quay closure: islanders ask for a shuttle" {
		t.Errorf("the story's articles: %q", storyItems)
	}
	if !strings.Contains(singles, "Budget bill passes") || !strings.Contains(singles, "<img src=x") {
		t.Errorf("on their own: %q, want the budget and the hostile title as text", singles)
	}
	if pwned := get(t, ctx, chromedp.Evaluate[string](`String(window.__pwned)`)); pwned != "undefined" {
		t.Fatalf("feed markup ran: window.__pwned=%s", pwned)
	}
	if images := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("img").length`)); images != 0 {
		t.Fatalf("feed markup became %d img elements", images)
	}

	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#stories li.story:first-child .brief-story`)),
		chromedp.WaitVisible(chromedp.CSS(`#points li .chip`)),
	)
	headline := get(t, ctx, chromedp.Text(chromedp.CSS(`#headline`)))
	editor := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("#articles .article").length`))
	sources := get(t, ctx, chromedp.Text(chromedp.CSS(`#sources`)))
	if editor != 2 {
		t.Errorf("%d articles in the editor, want the story's 2", editor)
	}
	if !strings.Contains(headline, "Lindholm") {
		t.Errorf("headline %q does not name the story", headline)
	}
	if strings.Contains(sources, "Budget") {
		t.Errorf("the story's briefing cites an article of another: %q", sources)
	}
}
