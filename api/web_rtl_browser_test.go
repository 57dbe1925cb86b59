package api_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/briefing-news/briefing/api"
)

// Two Arabic articles about one story, written for this test: a bridge closed
// for repairs in a town, and the residents' request for a shuttle.
const (
	arabicA = "أعلنت السلطات المحلية في مدينة الزهراء إغلاق الجسر القديم أمام حركة المرور اعتبارا من يوم الاثنين لإجراء أعمال صيانة عاجلة.\n\n" +
		"وقال المهندس سامي الخطيب إن الفحص كشف عن تشققات في ركيزتين من ركائز الجسر الخرسانية.\n\n" +
		"وستستخدم الحافلات الطريق الساحلي لمدة ستة أسابيع تقريبا."
	arabicB = "أعلنت السلطات المحلية في مدينة الزهراء إغلاق الجسر القديم أمام حركة المرور اعتبارا من يوم الاثنين.\n\n" +
		"وكشف الفحص عن تشققات في ركيزتين من ركائز الجسر.\n\n" +
		"وطالب سكان الحي الشرقي بتوفير حافلة مكوكية إلى المحطة المؤقتة."
)

// rightAligned is a script that says how the text of the element sel sits in
// its box: its computed direction, and how far (px) the text's right edge is
// from the box's right edge and its left edge from the box's left edge.
func rightAligned(sel string) string {
	return `(() => {
  const el = document.querySelector(` + "`" + sel + "`" + `);
  const box = el.getBoundingClientRect();
  const r = document.createRange();
  r.selectNodeContents(el.querySelector(".point-text") || el);
  const rects = Array.from(r.getClientRects());
  const right = Math.max(...rects.map((x) => x.right)), left = Math.min(...rects.map((x) => x.left));
  const cs = getComputedStyle(el);
  const padR = parseFloat(cs.paddingRight) || 0, padL = parseFloat(cs.paddingLeft) || 0;
  return getComputedStyle(el).direction + " " + Math.round(box.right - padR - right) + " " + Math.round(left - box.left - padL);
})()`
}

// TestPageShowsArabicRightToLeft: an Arabic briefing is shown right to left:
// the headline, the summary and each point take the direction of their text
// (dir="auto") and sit against the right edge; the article opened from a chip
// does too; the English page around them stays left to right.
func TestPageShowsArabicRightToLeft(t *testing.T) {
	ctx, base := browser(t, api.Config{})
	do(t, ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#articles .article:nth-child(2) .a-text`)),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(1) .a-source`), "وكالة الشرق"),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(1) .a-text`), arabicA),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(2) .a-source`), "صحيفة الساحل"),
		chromedp.SetValue(chromedp.CSS(`#articles .article:nth-child(2) .a-text`), arabicB),
		chromedp.Click(chromedp.CSS(`#brief`)),
		chromedp.WaitVisible(chromedp.CSS(`#points li .chip`)),
	)
	headline := get(t, ctx, chromedp.Text(chromedp.CSS(`#headline`)))
	if !strings.Contains(arabicA+arabicB, strings.TrimSuffix(headline, "…")) || headline == "" {
		t.Fatalf("headline %q is not taken from the articles", headline)
	}
	// The briefing is in Arabic, detected from the articles, and says so.
	if lang := get(t, ctx, chromedp.Evaluate[string](`document.querySelector("#result").lang`)); lang != "ar" {
		t.Errorf("the briefing's lang is %q, want ar", lang)
	}
	// The text area typed into reads right to left too.
	if d := get(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#articles .a-text")).direction`)); d != "rtl" {
		t.Errorf("the Arabic article's text box runs %s, want rtl", d)
	}
	for _, sel := range []string{"#headline", "#points li:first-child", "#points li:last-child"} {
		got := strings.Fields(get(t, ctx, chromedp.Evaluate[string](rightAligned(sel))))
		if len(got) != 3 {
			t.Fatalf("%s: %q", sel, got)
		}
		if got[0] != "rtl" {
			t.Errorf("%s runs %s, want rtl", sel, got[0])
		}
		// Against the right edge (within 2 px); a short line leaves room on the left.
		if got[1] != "0" && got[1] != "1" && got[1] != "2" && got[1] != "-1" {
			t.Errorf("%s: its text ends %s px from the right edge, want it flush right", sel, got[1])
		}
	}
	if d := get(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#engine-line")).direction`)); d != "ltr" {
		t.Errorf("the page's own (English) line runs %s, want ltr", d)
	}
	do(t, ctx,
		chromedp.Click(chromedp.CSS(`#points li:first-child .chip`)),
		chromedp.WaitVisible(chromedp.CSS(`#panel mark`)),
	)
	if d := get(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("#panel-body")).direction`)); d != "rtl" {
		t.Errorf("the opened article runs %s, want rtl", d)
	}
}
