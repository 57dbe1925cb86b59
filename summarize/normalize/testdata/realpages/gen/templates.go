package main

import (
	"fmt"
	"html"
	"strings"
)

type template struct {
	name   string
	render func(s story) string
}

var templates = []template{{"courier", courier}, {"portal", portal}, {"magazine", magazine}, {"blog", blog}}

// halves is the story's first and second part: its part2, or its blocks cut in two.
func halves(s story) ([]block, []block) {
	if len(s.part2) > 0 {
		return s.blocks, s.part2
	}
	k := (len(s.blocks) + 1) / 2
	return s.blocks[:k], s.blocks[k:]
}

func head(s story, site string) string {
	return fmt.Sprintf(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>%s | %s</title>
<meta property="og:title" content="%s">
<meta property="og:site_name" content="%s">
<meta property="article:published_time" content="%sT07:45:00Z">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<style>.cookie{position:fixed;bottom:0}.share a{display:inline-block}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"%sT07:45:00Z"}</script>
</head>
`, html.EscapeString(s.headline), site, html.EscapeString(s.headline), site, s.date, s.headline, s.date)
}

func navList(items ...string) string {
	var sb strings.Builder
	sb.WriteString("<ul class=\"menu\">")
	for _, it := range items {
		fmt.Fprintf(&sb, "<li><a href=\"/%s\">%s</a></li>", strings.ToLower(strings.ReplaceAll(it, " ", "-")), it)
	}
	sb.WriteString("</ul>")
	return sb.String()
}

const cookieBanner = `<div class="cookie" id="consent"><p>We use cookies to improve your experience and to show you personalised ads. By continuing to browse you agree to our use of cookies.</p>
<button>Accept all</button> <button>Manage preferences</button></div>
`

const shareBar = `<div class="share"><span>Share this article</span> <a href="https://facebook.com/sharer">Facebook</a> <a href="https://x.com/intent">X</a> <a href="https://wa.me/">WhatsApp</a> <a href="#" class="copy">Copy link</a></div>
`

func related(titles ...string) string {
	var sb strings.Builder
	sb.WriteString("<aside class=\"related\"><h3>Related stories</h3><ul>")
	for _, t := range titles {
		fmt.Fprintf(&sb, "<li><a href=\"/news/%d\">%s</a></li>", len(t), t)
	}
	sb.WriteString("</ul></aside>\n")
	return sb.String()
}

const comments = `<section id="comments" class="comments"><h3>37 comments</h3>
<p class="moderation">Comments are moderated and may take up to 24 hours to appear. We ask that comments are civil and free of libellous or hateful material. Please read our community guidelines before posting.</p>
<div class="comment"><span class="author">harbourwatcher</span> <time>2 hours ago</time><p>I have lived here forty years and never seen anything like this. Well done to everyone involved.</p><a href="#">Reply</a></div>
<div class="comment"><span class="author">K. Lind</span> <time>1 hour ago</time><p>Why was nobody warned earlier? The council knew about this for weeks and did nothing at all.</p><a href="#">Reply</a></div>
<p><a href="/login">Log in</a> to leave a comment.</p>
</section>
`

func footer(site string) string {
	return fmt.Sprintf(`<footer class="site-footer">%s
<p>© 2026 %s. All rights reserved.</p></footer>
`, navList("About us", "Contact us", "Careers", "Advertise", "Privacy policy", "Terms of use", "Cookie settings"), site)
}

// courier: a regional daily. Menu, cookie banner, share bar, a photo with its
// credit, an ad slot and related links inside the story, tags, comments.
func courier(s story) string {
	a, b := halves(s)
	var sb strings.Builder
	sb.WriteString(head(s, "Esk Valley Courier"))
	sb.WriteString(`<body><a class="skip" href="#main">Skip to content</a>
<header class="masthead"><div class="logo"><a href="/">Esk Valley Courier</a></div>
<nav>` + navList("Home", "News", "Local", "Politics", "Sport", "Business", "Weather", "Opinion", "Obituaries") + `</nav>
<div class="tools"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div></header>
` + cookieBanner + `<main id="main"><article class="story">
<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></nav>
<h1>` + html.EscapeString(s.headline) + `</h1>
<div class="byline">By Hanna Vogt · <time datetime="` + s.date + `">` + s.date + `</time></div>
` + shareBar + `<figure><img src="/img/lead.jpg" alt="The scene on the quay"><figcaption>The scene on the quay on Tuesday. Photo: Jonas Berg/Esk Valley Courier</figcaption></figure>
<div class="article-body">
` + body(a) + `<div class="ad-slot"><span>Advertisement</span></div>
` + related("Council approves new fire station for Brennick", "Drought leaves the Esk at a record low", "Ferry returns to Holm after ten years") +
		body(b) + `</div>
<div class="tags">Tags: <a href="/t/1">Varnby</a>, <a href="/t/2">Esk County</a>, <a href="/t/3">Local news</a></div>
` + shareBar + `</article>
<div class="newsletter"><p>Sign up for our morning newsletter to get the top stories in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
` + comments + `</main>
<aside class="most-read"><h3>Most read</h3>` + navList("Corran festival cancelled over fire risk", "Esk River ferry returns after ten years", "New bus depot plan unveiled") + `</aside>
` + footer("Esk Valley Courier") + `</body></html>
`)
	return sb.String()
}

// portal: a national news portal whose mega-menu is one long run of links in
// one block, with "Read more" teasers inside the story and a newsletter box.
func portal(s story) string {
	a, b := halves(s)
	sections := []string{"World", "Europe", "Americas", "Asia", "Africa", "Middle East", "Politics", "Economy", "Markets",
		"Companies", "Technology", "Science", "Climate", "Health", "Education", "Culture", "Books", "Film", "Music", "Television",
		"Sport", "Football", "Tennis", "Cycling", "Winter Sports", "Motor Racing", "Travel", "Food", "Style", "Property",
		"Cars", "Opinion", "Letters", "Obituaries", "Puzzles", "Crossword", "Podcasts", "Video", "Photo Galleries", "Weather"}
	var mega strings.Builder
	for rep := 0; rep < 3; rep++ {
		for _, x := range sections {
			fmt.Fprintf(&mega, `<a href="/%s/%d">%s</a> `, strings.ToLower(strings.ReplaceAll(x, " ", "-")), rep, x)
		}
	}
	var sb strings.Builder
	sb.WriteString(head(s, "Nordic Post"))
	sb.WriteString(`<body>
<div id="megamenu" class="mega"><span>` + mega.String() + `</span></div>
` + cookieBanner + `<div class="container"><div class="content-main">
<h1 class="headline">` + html.EscapeString(s.headline) + `</h1>
<p class="meta">Updated ` + s.date + ` · 4 min read</p>
<div class="story-text">
` + body(a) + `<p class="teaser"><strong>Read more:</strong> <a href="/news/7781">Holm port to get new container terminal</a></p>
` + body(b) + `<p class="teaser">Read more: <a href="/news/7702">What the new budget means for your town</a></p>
</div>
<div class="box-newsletter"><h4>The Morning Brief</h4><p>Subscribe to our newsletter and get the day's news in your inbox every morning.</p></div>
<div class="recommend"><h3>You may also like</h3><ul><li><a href="/a/1">Ten walks along the coast this spring</a></li><li><a href="/a/2">Why ferry fares are going up again</a></li><li><a href="/a/3">The island that voted to stay offline</a></li></ul></div>
</div></div>
` + footer("Nordic Post") + `</body></html>
`)
	return sb.String()
}

// magazine: a long read cut in two by an in-article promo and a pull-out box,
// split over two pages of one document ("Page 1 of 2").
func magazine(s story) string {
	a, b := halves(s)
	var sb strings.Builder
	sb.WriteString(head(s, "Coastlines Magazine"))
	sb.WriteString(`<body class="longform">
<header><a href="/" class="brand">Coastlines</a>` + navList("Features", "Travel", "Culture", "Photography", "Shop", "Subscribe") + `</header>
<div class="hero"><h1>` + html.EscapeString(s.headline) + `</h1><p class="dek">Words by Mira Sand · Photographs by Eik Tan</p></div>
<div class="page" id="page-1">
<section class="chapter">
` + body(a) + `</section>
<div class="pager">Page 1 of 2</div>
</div>
<div class="inline-promo"><div class="promo-card"><h4>Get Coastlines in print</h4><p>Four issues a year, delivered to your door. Subscribe today and save 30 percent.</p><a href="/shop">Subscribe now</a></div></div>
<div class="page" id="page-2">
<section class="chapter">
` + body(b) + `</section>
<div class="pager">Page 2 of 2</div>
</div>
<div class="author-box"><p>Mira Sand is a contributing writer for Coastlines. She lives in Bergen.</p></div>
` + shareBar + related("The ferrymen of the outer isles", "A winter on the weather station", "How to photograph a storm") +
		footer("Coastlines Magazine") + `</body></html>
`)
	return sb.String()
}

// blog: a WordPress-style site with sidebar widgets, "Share this" buttons,
// "Filed under" tags and a comment form.
func blog(s story) string {
	var sb strings.Builder
	sb.WriteString(head(s, "Harbour Notes"))
	sb.WriteString(`<body class="single-post">
<div id="page"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Harbour Notes</a></p><p class="site-description">News and notes from the north coast</p>
<nav id="site-navigation" class="main-navigation">` + navList("Home", "About", "Archive", "Contact") + `</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">` + html.EscapeString(s.headline) + `</h1>
<div class="entry-meta">Posted on <time>` + s.date + `</time> by <a href="/author/editor">editor</a></div></header>
<div class="entry-content">
` + body(append(append([]block(nil), s.blocks...), s.part2...)) + `<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul></div>
</div>
<footer class="entry-footer">Filed under: <a href="/c/news">News</a>, <a href="/c/local">Local</a></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on this post</h2>
<ol class="comment-list"><li class="comment"><p>Thanks for writing this up, it was very useful to read.</p></li><li class="comment"><p>Great post, I shared it with my neighbours this morning.</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea></textarea><button>Post Comment</button></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2>` + navList("Spring on the quay", "The ferry timetable", "A new bakery on Mill Road") + `</section>
<section class="widget"><h2>Categories</h2>` + navList("News", "Local", "Food", "Sport") + `</section>
<section class="widget"><h2>Archives</h2>` + navList("May 2026", "April 2026", "March 2026") + `</section></aside>
</div>
<footer id="colophon" class="site-footer"><p>Proudly powered by WordPress | Theme: Harbour by Example.</p></footer></div>
</body></html>
`)
	return sb.String()
}
