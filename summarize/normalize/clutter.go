package normalize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what the clutter filter decided a unit (a line or paragraph) is.
type kind int

const (
	kindStory      kind = iota // keep
	kindShort                  // short headline-like line: kept unless part of a run or a teaser list
	kindSkip                   // "Skip to content"
	kindMenu                   // navigation, share bars and footer links
	kindCaption                // image caption or credit
	kindTeaser                 // "Read more: …" single teaser line
	kindHeader                 // "Related", "More from …": starts a teaser list
	kindPage                   // "Page 1 of 2"
	kindAd                     // "Advertisement"
	kindNewsletter             // "Sign up for our newsletter"
	kindCookie                 // cookie notice
	kindFooter                 // "© 2024 …", "All rights reserved"
	kindByline                 // "By Jane Doe", "Updated 3 hours ago", date-only lines
	kindComments               // "12 comments"
	kindListen                 // "Listen to this article", "4 min read"
	kindLink                   // a bare URL
)

// unit is one candidate paragraph with the pasted-text block it came from
// (units of one block were separated by single newlines only).
type unit struct {
	text  string
	block int
	kind  kind
	drop  bool
	// links is the share of the unit's letters that its page shows as link text,
	// or -1 when that is not known (pasted text, or a line the page does not have).
	links  float32
	nlinks int  // links on the unit's line of the page
	html   bool // the unit comes from a page: link shares are known
}

var (
	reListMark  = regexp.MustCompile(`^(?:\d{1,3}[.)]|[-*•·▪►»])\s+`)
	reGlue      = regexp.MustCompile(`\p{Ll}{3}\p{Lu}`)
	reGlueSplit = regexp.MustCompile(`(\p{Ll})(\p{Lu})`)

	reSkip = regexp.MustCompile(`(?i)^(?:skip (?:to|navigation)\b|jump to (?:content|main|navigation)\b|go to (?:homepage|home page|content|main content)$|back to top$)`)

	// chrome matches lines made only of navigation, share and footer words.
	reChrome = regexp.MustCompile(`(?i)^(?:(?:` + strings.Join([]string{
		`home(?: ?page)?`, `news`, `world(?: news)?`, `politics`, `sports?`, `business`, `opinion`, `culture`, `arts?`,
		`tech(?:nology)?`, `science`, `health`, `entertainment`, `lifestyle`, `travel`, `videos?`, `audio`, `live(?: tv)?`,
		`weather`, `asia(?: pacific)?`, `europe`, `africa`, `americas`, `middle east`, `north america`, `latin america`,
		`us`, `uk`, `local`, `national`, `international`, `markets`, `climate`, `environment`, `more`, `menu`,
		`main menu`, `search`, `sections`, `latest(?: news| audio| videos)?`, `in focus`, `podcasts?`, `newsletters?`,
		`games`, `puzzles`, `crosswords?`, `obituaries`, `sign in`, `log ?in`, `log out`, `register`, `my account`,
		`account`, `subscribe`, `donate`, `editions?`, `economy`, `finance`, `money`, `football`, `style`, `food`,
		`magazine`, `photos`, `galler(?:y|ies)`, `explainers?`, `investigations`, `analysis`, `features`,
		`fact check`, `topics`, `regions`, `close`, `open menu`, `toggle navigation`, `navigation`,
		`share(?: this(?: article| story| page| post)?)?(?: on| via| to)?`, `facebook`, `twitter`, `x`, `whatsapp`,
		`linkedin`, `reddit`, `telegram`, `pinterest`, `messenger`, `flipboard`, `bluesky`, `threads`, `email`,
		`e-mail`, `mail`, `print`, `copy(?: link| url)?`, `link copied`, `save(?: article)?`, `bookmark`, `tweet`,
		`gift(?: this)? article`, `terms(?: of (?:use|service))?`, `terms (?:&|and) conditions`,
		`privacy(?: policy| notice| settings)?`, `contact(?: us)?`, `about(?: us)?`, `careers`, `accessibility`,
		`cookie (?:policy|settings|preferences)`, `cookies`, `help`, `faq`, `sitemap`, `advertise(?: with us)?`,
		`imprint`, `legal(?: notice)?`, `manage (?:preferences|cookies|settings|consent)`, `accept(?: all)?(?: cookies)?`,
		`reject(?: all)?(?: cookies)?`, `got it`, `i agree`, `agree`, `ok`, `do not sell(?: or share)? my personal information`, `corrections`,
		`ethics(?: policy)?`, `rss`, `apps?`, `follow us`,
	}, "|") + `)(?:\s*[|·•,/–—:-]\s*|\s*|$))+$`)

	reCaptionStart = regexp.MustCompile(`(?i)^(?:photo|photograph|image|picture|pic|illustration|credit|image credit|photo credit|photo illustration|graphic|video|foto|bild|bildquelle|fotoquelle)s?\s*(?::|-|–|—|(?-i:by)\b)\s*\S`)
	reCaptionIn    = regexp.MustCompile(`(?:\b|\p{Ll})(?:Image|Photo|Picture|Photograph|Credit)s?: \S`)
	reCaptionParen = regexp.MustCompile(`(?i)\((?:[^()]*(?:\bphoto\b|\bimage\b|\bsource:|\bcredit\b|\bgetty\b|\bvia\b|/)[^()]*)\)\s*$`)
	reCaptionEnd   = regexp.MustCompile(`(?i)(?:getty images|picture[- ]alliance|shutterstock|alamy|\b(?:afp|ap|reuters|epa|dpa)\s*/\s*[\p{L} .]+)\s*$`)
	reFilePhoto    = regexp.MustCompile(`(?i)^file\s*(?:photo)?\s*[-–—:]`)
	reFilePhotoIn  = regexp.MustCompile(`(?i)\bfile (?:photo|picture|image)\b`)
	reAPPhoto      = regexp.MustCompile(`\((?:AP|AFP|Reuters|EPA)(?: Photo| Images?)?/[^()]+\)`)
	reSignoff      = regexp.MustCompile(`^[a-z]{2,4}(?:/[a-z]{2,4})+(?:\s*\([^()]*\))?$`)
	reCopyInline   = regexp.MustCompile(`©\s*(?:[\p{L}.'’-]+\s+){0,4}?(?:/\s*)?(?:AFP|REUTERS|Reuters|AP|EPA|Getty Images|Xinhua|Kyodo|Yonhap|dpa|ANP|PA|Shutterstock|picture alliance|\p{Lu}{2,}(?:\s*/\s*\p{Lu}{2,})*)\b`)

	reTeaserLine = regexp.MustCompile(`(?i)^(?:related|read more|read next|read also|also read|see also|more on this(?: story)?|lea (?:también|más|además)|lee (?:también|más)|lea|vea (?:también|además)|le puede interesar|te puede interesar|mira|leia (?:também|mais)|veja (?:também|mais)|(?:à )?lire aussi|lesen sie (?:auch|mehr)|auch lesen|mehr zum thema|weiterlesen|leggi anche)\s*:\s*\S`)
	reTeaserWeak = regexp.MustCompile(`(?i)^(?:watch|watch more|listen|more|recommended|opinion|explainer|video|live)\s*:\s*\S`)
	reHeader     = regexp.MustCompile(`(?i)^(?:related(?: (?:stories|articles|content|coverage|topics|links|news|reading))?|read more|read next|also read|see also|more from .{1,40}|more stories(?: from .{1,40})?|more on (?:this (?:story|topic)|.{1,40})|more (?:news|coverage)|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared|watched)|trending(?: now| stories| news)?|top stories|editor'?s? picks|what to read next|explore more|skip next section.*|latest stories|around the web|from around the web|don't miss|popular now|in other news|elsewhere on .{1,40}|more in .{1,40}|further reading|keep reading|up next|tags|(?:à )?lire aussi|le puede interesar|contenido relacionado|noticias relacionadas|art[ií]culos relacionados|lesen sie auch|auch lesen|auch interessant|schon gelesen\??|das könnte (?:sie|dich) auch interessieren|weitere (?:themen|artikel|beiträge|nachrichten|meldungen)|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|empfohlene (?:beiträge|artikel)|mehr zum thema|themen|schlagw(?:ö|oe)rter|leia também|veja também|mehr themen|zum weiterlesen|weiterführende links?|mehr zu .{1,40}|lade weitere inhalte|externer inhalt)\s*[:!?]?$`)
	reTags       = regexp.MustCompile(`(?i)^(?:tags?|tagged(?: with)?|filed under|topics?|categor(?:y|ies)|kategorien?|schlagw(?:ö|oe)rter|schlagworte?|stichw(?:ö|oe)rter|themen|temas|etiquetas|mots[- ]clés)\s*:`)
	reModeration = regexp.MustCompile(`(?i)\bcomments? (?:are|is|will be|may be) (?:moderated|reviewed|republished|published|closed|disabled)\b|\b(?:we ask that|please keep|we reserve the right to|please understand that).{0,60}\bcomments?\b|\bcommenting (?:is|has been) (?:closed|disabled)\b|\bshare your thoughts and debate\b|\bcomments? policy\b|\bcommunity (?:guidelines|standards)\b|\bto (?:post|leave|write) a comment\b|\bkommentare? (?:werden|wird) (?:moderiert|geprüft|freigeschaltet)|\bum (?:einen )?kommentar(?:e)? zu (?:schreiben|verfassen)|\blos comentarios (?:son|están) moderados`)

	rePage       = regexp.MustCompile(`(?i)^page \d+ of \d+$`)
	reAd         = regexp.MustCompile(`(?i)^(?:advertisement|advert|ad|ads|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|paid (?:content|post)|partner content|promoted(?: content)?|-?\s*anzeige\s*-?|werbung|publicidad|publicité)$`)
	reNewsletter = regexp.MustCompile(`(?i)^(?:sign ?up|subscribe|get (?:our|the))\b.*\b(?:newsletters?|inbox|alerts|subscri\w*)\b|^(?:sign ?up|subscribe) (?:to|for) our\b|^(?:enter your email|want more)\b|^already a subscriber\b|^subscribe\b.{0,60}$|^(?:sign|log) in\b.{0,40}$`)
	reCookie     = regexp.MustCompile(`(?i)\b(?:we use|we and our partners use|this (?:site|website) uses|our use of|you (?:agree|consent)|accept (?:all )?cookies|by continuing|manage (?:cookies|preferences|settings)|cookie (?:settings|preferences))\b`)
	reFooter     = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b`)
	reByline     = regexp.MustCompile(`^(?:By|BY) (?:\p{Lu}[\p{L}'’.-]*\s?){1,4}(?:(?:,|\band\b|&|[|·•/]|-|–|—)\s*.*)?$|(?i:^(?:reporting|writing|editing|additional reporting|compiled|written|reported|words|text|story|photographs|photography|photos|pictures|illustrations?) by) \p{Lu}`)
	reUpdated    = regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated|first published|modified)\b`)
	reAgo        = regexp.MustCompile(`(?i)^(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago$`)
	reComments   = regexp.MustCompile(`(?i)^(?:\d[\d,.]*k?\s+comments?|comments?\s*\(\d+\)|comments?|(?:view|show|read|hide) (?:all )?comments?(?:\s*\(\d+\))?|\d+ repl(?:y|ies)|join the (?:conversation|discussion|debate)|leave a (?:comment|reply)|add a comment|have your say)$`)
	reListen     = regexp.MustCompile(`(?i)^(?:listen(?: to (?:this|the) (?:article|story|episode))?(?:\s*[:(·•|–—-]?\s*\d+\s*min(?:ute)?s?\)?)?|\d+\s*min(?:ute)?s?\s+(?:read|listen|watch)|reading time\s*:?\s*\d+.{0,12}|audio available|play audio|\d{1,2}:\d{2}\s*min)$`)
	reURL        = regexp.MustCompile(`(?i)^(?:https?://|www\.)\S+$`)
	// reSignoffLine closes a letter, an e-mail or a press release: the lines
	// after it name who wrote it (dropMenuRuns).
	reSignoffLine = regexp.MustCompile(`(?i)^(?:(?:best|kind|warm|warmest|with best)?\s*regards|best wishes|all the best|sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|best|cheers|thanks|many thanks|thank you|respectfully)\s*[,.!]?$`)

	reDateWords = regexp.MustCompile(`(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|kst|jst|min|mins|at|on|st|nd|rd|th)\b\.?`)
	reDateMark  = regexp.MustCompile(`(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b|\d(?:am|pm|\s?[ap]\.m\.)|\b\d{1,2}:\d{2}|\b(?:19|20)\d{2}`)
	// reLabelled is a line that opens with a label of one to three words other
	// than a date's, then a colon and a value: "Termin: 29.02.2020, 19 Uhr".
	reLabelled = regexp.MustCompile(`^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}:\s+\S`)
	reDateNums = regexp.MustCompile(`\d+(?:st|nd|rd|th|am|pm)?`)
)

// maxSignatureLines is how many lines of a signature after a closing stay
// (its name and its position).
const maxSignatureLines = 2

// menuWordsRun is the most words a line in a navigation run may have.
const menuWordsRun = 6

func words(s string) int { return len(strings.Fields(s)) }

// terminal reports whether s ends like a sentence, closing quotes and
// brackets aside.
func terminal(s string) bool {
	s = strings.TrimRight(s, `"'”’)]»* `)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// storyLike reports whether a unit reads like running prose.
func storyLike(s string) bool {
	n := words(s)
	return (terminal(s) && n >= 6) || n >= 30
}

// dateOnly reports whether s is just a date, a time or a "category + date"
// line such as "PoliticsSeptember 11, 2023". A labelled value ("Deadline:
// 3.11.2019", "Adults: 3 € (2019 price)") is a line of the story's data, not
// a date line.
func dateOnly(s string) bool {
	if words(s) > 10 || !strings.ContainsAny(s, "0123456789") || labelledValue(s) {
		return false
	}
	t := reGlueSplit.ReplaceAllString(s, "$1 $2")
	if !reDateMark.MatchString(t) {
		return false
	}
	t = reDateWords.ReplaceAllString(t, " ")
	t = reDateNums.ReplaceAllString(t, " ")
	t = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return ' '
		}
		return r
	}, t)
	return words(t) <= 2 && words(s) > words(t)
}

// dateLabels are labels of a date line ("Date: …", "Stand: …"), which
// labelledValue does not take for a label of the story's data.
var dateLabels = map[string]bool{"date": true, "dated": true, "time": true, "datum": true, "stand": true, "zeit": true,
	"uhrzeit": true, "fecha": true, "data": true, "heure": true, "published": true, "updated": true, "posted": true,
	"last updated": true, "erschienen": true, "veröffentlicht": true, "aktualisiert": true, "publié": true, "mis à jour": true,
	"publicado": true, "actualizado": true, "pubblicato": true, "aggiornato": true}

// labelledValue reports whether s is a labelled value (reLabelled) whose label
// is not a date's.
func labelledValue(s string) bool {
	if !reLabelled.MatchString(s) {
		return false
	}
	label, _, _ := strings.Cut(s, ":")
	return !dateLabels[strings.ToLower(strings.TrimSpace(label))]
}

// classify returns the clutter kind of one unit of text.
func classify(s string) kind {
	n := words(s)
	bare := s
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsDigit(r) || strings.ContainsRune("-*•·▪►»", r) {
		bare = reListMark.ReplaceAllString(s, "")
	}
	lower := strings.ToLower(bare)
	lang := kindStory
	if n > 0 && n <= 80 {
		lang = classifyLang(bare, lower, n)
	}
	switch {
	case n == 0:
		return kindMenu
	case n <= 10 && reSkip.MatchString(bare):
		return kindSkip
	case n <= 12 && reHeader.MatchString(bare):
		return kindHeader
	case lang != kindStory:
		return lang
	case n <= 25 && reTeaserLine.MatchString(bare):
		return kindTeaser
	case n <= 20 && !strings.HasSuffix(bare, ".") && reTeaserWeak.MatchString(bare):
		return kindTeaser // a labelled teaser; a sentence such as "Opinion: ... say." stays
	case n <= 20 && !terminal(bare) && chromeStart(bare) && reChrome.MatchString(bare):
		return kindMenu
	case rePage.MatchString(bare):
		return kindPage
	case n <= 6 && reAd.MatchString(bare):
		return kindAd
	case n <= 10 && reListen.MatchString(bare):
		return kindListen
	case n <= 8 && reComments.MatchString(bare):
		return kindComments
	case n <= 80 && containsAny(lower, "comment", "kommentar", "comentario") && reModeration.MatchString(bare):
		return kindComments // a comment-moderation notice
	case n <= 40 && !terminal(bare) && reTags.MatchString(bare):
		return kindMenu // "Tags: Budget, Housing, City Council"
	case n <= 3 && reURL.MatchString(bare):
		return kindLink
	case n <= 60 && strings.Contains(lower, "cookie") && reCookie.MatchString(bare):
		return kindCookie
	case n <= 35 && containsAny(lower, "newsletter", "inbox", "subscri", "sign", "log in", "login", "alert",
		"update", "briefing", "email", "want more") && reNewsletter.MatchString(bare):
		return kindNewsletter
	case n <= 30 && (strings.Contains(lower, "©") || strings.Contains(lower, "(c)") || strings.Contains(lower, "copyright") ||
		strings.Contains(lower, "all rights reserved")) && reFooter.MatchString(bare):
		return kindFooter
	case n <= 40 && isCaption(bare, lower):
		return kindCaption
	case n <= 14 && !terminal(bare) && reByline.MatchString(bare):
		return kindByline
	case n <= 30 && strings.HasSuffix(bare, ".") && strings.Contains(lower, " by ") && reByline.MatchString(bare) && !strings.HasPrefix(bare, "By"):
		return kindByline // "Reporting by …; Editing by …."
	case n <= 12 && !terminal(bare) && (reUpdated.MatchString(bare) || reAgo.MatchString(bare) || dateOnly(bare)):
		return kindByline
	case n <= 30 && !terminal(bare) && separatedMenu(bare):
		return kindMenu // "Home | News | Harbour": short items between separators, whatever the words
	case n <= 8 && !terminal(bare) && len(reGlue.FindAllString(bare, -1)) >= 2:
		return kindMenu // "WorldAsiaEurope": section links pasted without spaces
	case n <= menuWordsRun && !terminal(bare) && !strings.HasSuffix(bare, ":"):
		return kindShort
	}
	return kindStory
}

// chromeStart reports whether s opens with a word that a reChrome phrase
// opens with; it keeps the large pattern off ordinary lines.
func chromeStart(s string) bool {
	end := 0
	for i, r := range s {
		if !unicode.IsLetter(r) || (i > 0 && unicode.IsUpper(r)) {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	switch strings.ToLower(s[:end]) {
	case "home", "news", "world", "politics", "sport", "sports", "business", "opinion", "culture", "art", "arts",
		"tech", "technology", "science", "health", "entertainment", "lifestyle", "travel", "video", "videos",
		"audio", "live", "weather", "asia", "europe", "africa", "americas", "middle", "north", "latin", "us", "uk",
		"local", "national", "international", "markets", "climate", "environment", "more", "menu", "main",
		"search", "sections", "latest", "in", "podcast", "podcasts", "newsletter", "newsletters", "games",
		"puzzles", "crossword", "crosswords", "obituaries", "sign", "log", "login", "register", "my", "account",
		"subscribe", "donate", "edition", "editions", "economy", "finance", "money", "football", "style", "food",
		"magazine", "photos", "gallery", "galleries", "explainer", "explainers", "investigations", "analysis",
		"features", "fact", "topics", "regions", "close", "open", "toggle", "navigation", "share", "facebook",
		"twitter", "x", "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "messenger", "flipboard",
		"bluesky", "threads", "email", "e", "mail", "print", "copy", "link", "save", "bookmark", "tweet", "gift",
		"terms", "privacy", "contact", "about", "careers", "accessibility", "cookie", "cookies", "help", "faq",
		"sitemap", "advertise", "imprint", "legal", "manage", "accept", "reject", "got", "i", "agree", "ok", "do", "corrections", "ethics", "rss", "app", "apps", "follow":
		return true
	}
	return false
}

// containsAny reports whether s contains any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isCaption reports whether s is an image caption or credit.
func isCaption(s, lower string) bool {
	end := !terminal(s)
	switch {
	case containsAny(lower[:min(len(lower), 12)], "photo", "image", "picture", "pic", "illustration", "credit",
		"graphic", "video", "foto", "bild") && reCaptionStart.MatchString(s) && (end || !strings.Contains(lower[:min(len(lower), 24)], " by ")):
		return true
	case strings.Contains(s, "/") && reSignoff.MatchString(s):
		return true
	case strings.Contains(s, "/") && reAPPhoto.MatchString(s):
		return true
	case strings.Contains(lower, "file") && (reFilePhoto.MatchString(s) || end && reFilePhotoIn.MatchString(s)):
		return true
	case strings.HasSuffix(s, ")") && reCaptionParen.MatchString(s):
		return true
	case end && strings.Contains(s, ": ") && reCaptionIn.MatchString(s):
		return true
	case end && containsAny(lower, "getty", "alliance", "shutterstock", "alamy", "/") && reCaptionEnd.MatchString(s):
		return true
	case strings.Contains(s, "©"):
		if strings.HasSuffix(strings.TrimSpace(s), "©") {
			return true
		}
		loc := reCopyInline.FindStringIndex(s)
		return loc != nil && loc[1] >= len(strings.TrimSpace(s))-1 // the line ends with a "© AGENCY" credit
	}
	return false
}

// stripInlineCredit removes a "© AGENCY" photo credit pasted into the middle
// of a paragraph, together with the caption that opens the paragraph before
// it, when that caption is short ("Kim waves. © REUTERS The talks…").
func stripInlineCredit(s string) string {
	for range 8 {
		if !strings.Contains(s, "©") {
			return s
		}
		loc := reCopyInline.FindStringIndex(s)
		if loc == nil || loc[0] == 0 {
			return s
		}
		rest := strings.TrimSpace(s[loc[1]:])
		if rest == "" {
			return s // a trailing credit: the caption rule handles the line
		}
		before := strings.TrimSpace(s[:loc[0]])
		if words(before) <= 40 {
			s = rest
		} else {
			s = before + " " + rest
		}
	}
	return s
}

// filter decides which units are clutter and returns the kept texts.
func filter(units []unit) []string {
	for i := range units {
		units[i].text = stripInlineCredit(units[i].text)
		units[i].kind = classify(units[i].text)
		if units[i].kind == kindStory && menuParagraph(units[i]) {
			units[i].kind = kindMenu
		}
		if units[i].kind != kindStory && units[i].kind != kindShort && units[i].kind != kindHeader {
			units[i].drop = true
		}
	}
	dropCaptionNeighbours(units)
	dropMenuRuns(units)
	dropTeaserLists(units)
	var out []string
	for _, u := range units {
		if !u.drop && u.text != "" {
			out = append(out, u.text)
		}
	}
	return out
}

// dropCaptionNeighbours drops the alt text and short lines that share a
// pasted block with a caption (or a cookie or newsletter prompt's buttons), and a line that a caption right after it
// repeats ("Kim waves." followed by "Kim waves. (Source: AP)").
func dropCaptionNeighbours(units []unit) {
	for i, u := range units {
		if u.kind != kindCaption && u.kind != kindCookie && u.kind != kindNewsletter {
			continue
		}
		for j := i - 1; j >= 0 && units[j].block == u.block; j-- {
			if headlineLike(units[j]) || units[j].kind == kindLink {
				units[j].drop = true
			} else {
				break
			}
		}
		for j := i + 1; j < len(units) && units[j].block == u.block; j++ {
			if headlineLike(units[j]) {
				units[j].drop = true
			} else {
				break
			}
		}
		if i > 0 {
			prev := &units[i-1]
			if p := strings.TrimRight(prev.text, " "); p != "" && strings.HasPrefix(u.text, p) && words(p) <= 40 {
				prev.drop = true
			}
		}
	}
}

// dropMenuRuns drops navigation runs among the units that are short or
// chrome: a pasted block of three or more such lines (unless a line ending in
// ":" introduces them as a list), and a streak of three or more one-line
// blocks of which at least half are known navigation words.
func dropMenuRuns(units []unit) {
	// On a page, where it is known which text is a link, a short line is part of
	// a menu only when it is a link without figures: a table row, a spec line or a
	// list item that is not a link is story, however short.
	isRunner := func(u unit) bool {
		if u.kind == kindShort && u.html {
			return u.links >= 0.5 && !strings.ContainsAny(u.text, "0123456789")
		}
		return u.kind == kindShort || u.kind == kindSkip || u.kind == kindMenu || u.kind == kindLink
	}
	// A streak is a sequence of consecutive blocks that are one short or
	// chrome line each, or whole navigation blocks (dropped below).
	type member struct {
		from, to int
		chrome   bool
	}
	var streak []member
	endStreak := func() {
		chrome := 0
		for _, m := range streak {
			if m.chrome {
				chrome++
			}
		}
		if len(streak) >= 3 && chrome*2 >= len(streak) {
			for _, m := range streak {
				for k := m.from; k < m.to; k++ {
					units[k].drop = true
				}
			}
		}
		streak = streak[:0]
	}
	for i := 0; i < len(units); {
		// The group: consecutive units of one block.
		j := i
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		// Runs of runners inside the group.
		allDropped := true
		for a := i; a < j; {
			if !isRunner(units[a]) {
				allDropped = false
				a++
				continue
			}
			b := a
			for b < j && isRunner(units[b]) {
				b++
			}
			afterColon := a > i && strings.HasSuffix(units[a-1].text, ":")
			if b-a >= 3 && !afterColon {
				signed := a == i && i > 0 && reSignoffLine.MatchString(units[i-1].text)
				for k := a; k < b; k++ {
					// after a closing ("Best regards,"), the signature's name
					// and position stay: "James Henderson", "Sales
					// Consultant, SpaceSavers"; its phone, e-mail and
					// address go
					units[k].drop = !signed || k-a >= maxSignatureLines || labelledValue(units[k].text) || reURL.MatchString(units[k].text)
				}
			} else {
				allDropped = false
			}
			a = b
		}
		switch {
		case j-i == 1 && isRunner(units[i]):
			streak = append(streak, member{i, j, units[i].kind != kindShort})
		case allDropped:
			streak = append(streak, member{i, j, true})
		default:
			endStreak()
		}
		i = j
	}
	endStreak()
}

// dropTeaserLists drops a teaser header ("Related", "More from …") and the
// list it introduces: headline-like lines, dates, captions, repeated lines,
// and blurbs that a teaser's date or next header follows. The list ends at
// the first paragraph that reads like the story again.
func dropTeaserLists(units []unit) {
	for i := 0; i < len(units); i++ {
		if units[i].kind != kindHeader {
			continue
		}
		units[i].drop = true
		j := i + 1
		for ; j < len(units); j++ {
			u := &units[j]
			if u.kind == kindHeader || teaserish(*u) || (j > i+1 && sameText(u.text, units[j-1].text)) {
				u.drop = true
				continue
			}
			if j+1 < len(units) {
				next := units[j+1]
				if next.kind == kindHeader || sameText(next.text, u.text) ||
					(next.kind == kindByline && dateOnly(reGlueSplit.ReplaceAllString(next.text, "$1 $2"))) {
					u.drop = true
					continue
				}
			}
			break
		}
		i = j - 1
	}
}

// headlineLike reports whether a unit is a short line that does not end like
// a sentence: a headline, a menu item, an image's alt text.
func headlineLike(u unit) bool {
	return (u.kind == kindStory || u.kind == kindShort) && !terminal(u.text) && words(u.text) <= 15
}

// teaserish reports whether a unit inside a teaser list is part of it.
func teaserish(u unit) bool {
	if u.kind != kindStory && u.kind != kindShort {
		return true
	}
	return !terminal(u.text) && words(u.text) <= 30
}

func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// menuParagraph reports whether a long unit is a menu returned as one paragraph:
// on a page, four or more links of five words or fewer on average that make at
// least 60% of its letters, with hardly a sentence in it; where links are not
// known, 30 or more words nearly all of them capitalized (a run of short
// title-case link texts) and no sentence end. Length alone never makes a unit
// story, and a paragraph that is one long link (a lead linked to its story) is
// not a menu.
func menuParagraph(u unit) bool {
	n := words(u.text)
	if n < 8 {
		return false
	}
	ends := sentenceEnds(u.text)
	if u.html {
		return u.links >= 0.6 && u.nlinks >= 4 && n <= 5*u.nlinks && ends*30 <= n
	}
	if n < 30 || ends > 0 {
		return false
	}
	caps := 0
	for f := range strings.FieldsSeq(u.text) {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || f == "&" || f == "|" || f == "-" {
			caps++
		}
	}
	return caps*10 >= n*9
}

// sentenceEnds counts the sentence ends inside s (". ", "! ", "? " before a
// capital letter or a digit) and at its end.
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	if terminal(s) {
		n++
	}
	return n
}

// separatedMenu reports whether s is a row of three or more short items (at most
// three words each) between "|", "·" or "•": a menu, whatever its section names.
func separatedMenu(s string) bool {
	items := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if n := words(it); n == 0 || n > 3 {
			return false
		}
	}
	return true
}
