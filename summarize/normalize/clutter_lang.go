package normalize

import (
	"regexp"
	"strings"
)

// The clutter phrases of clutter.go in the other languages of the pages the
// service reads (German, Spanish, French, Portuguese, Italian, Polish), and the
// English ones that were missing: teaser headers and teaser lines, prompts to
// subscribe, follow, sign in or support the outlet, comment and share widgets,
// photo and source credits, rights notices and advertising disclosures. Each
// pattern names a phrase whole (anchored, on a short unit, as in clutter.go), so
// that a sentence of the story that merely contains the words stays.
var (
	// reHeaderLang is reHeader's list: a short line that opens a list of teasers.
	reHeaderLang = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		// German
		`lesen sie (?:auch|hier|mehr)(?: (?:die folgenden|diese) (?:beiträge|artikel))?`,
		`(?:das|dies|das thema|diese themen|auch das) (?:könnte|könnten) (?:sie|dich|euch) (?:auch )?interessieren`,
		`(?:entdecke |entdecken sie )?(?:weitere|mehr|ähnliche|verwandte|empfohlene|neueste|aktuelle|beliebte|beliebteste) (?:aktuelle )?(?:themen|artikel|beiträge|nachrichten|meldungen|news|kolumnen|videos|inhalte|geschichten|storys|stories|rezepte)(?: (?:aus|zu|zum|zur|in|im|von|rund um) .{1,40})?`,
		`meist(?:-| )?(?:gelesen|gelesene|diskutiert|diskutierte|kommentiert|kommentierte|geklickt|gesehen)(?: artikel| beiträge)?`,
		`(?:videos?|bilder|fotos|artikel|beiträge|mehr|news|nachrichten) zum thema(?: .{1,40})?`,
		`beiträge aus (?:dem|unserem) forum`,
		`weiterführende (?:links?|artikel|informationen)`,
		`(?:vorschau auf den )?(?:nächsten?|vorherige[nr]?) (?:artikel|beitrag)`,
		// English
		`(?:next|previous) (?:article|post|story)`, `more (?:articles|stories|posts|videos) (?:like this|on this topic)`,
		`you may also be interested in`, `related posts?`, `similar (?:articles|stories|posts)`,
		// French
		`(?:à )?lire (?:aussi|également|encore)`, `voir aussi`, `sur le même (?:sujet|thème)`,
		`(?:audios? et )?vidéos? sur le (?:même )?sujet`, `articles? (?:similaires|liés|associés|recommandés)`,
		`les (?:plus lus|articles les plus lus)`, `dans la même rubrique`, `(?:article )?(?:suivant|précédent)`,
		// Spanish
		`lee también`, `lea también`, `(?:también )?(?:te|le) puede interesar`, `te recomendamos`, `más (?:noticias|leídas?|vistas?)`,
		`lo más (?:leído|visto)`, `más sobre .{1,40}`, `(?:artículo|nota) (?:siguiente|anterior)`,
		// Portuguese
		`leia (?:também|mais)`, `veja (?:também|mais)`, `(?:as )?mais lidas`, `notícias relacionadas`, `saiba mais`,
		// Italian
		`leggi anche`, `potrebbe interessarti`, `articoli correlati`, `(?:i )?più letti`,
		// Polish
		`czytaj (?:też|także|również|więcej)`, `zobacz (?:też|także|również)`, `polecamy`, `najczęściej czytane`,
		`(?:podobne|powiązane) artykuły`,
		// "Also on example.com": a site's own teasers, named by its domain.
		`(?:also|auch|también|aussi|anche|também|także) (?:on|auf|en|sur|su|em|na) \S+\.\p{L}{2,24}`,
	}, "|") + `)\s*(?:[:!?»>…]|\.\.\.)?$`)

	// reTeaserLang is reTeaserLine's: a teaser label, then the teased headline.
	reTeaserLang = regexp.MustCompile(`(?i)^(?:mire|puedes ver|lee también|lea también|lesen sie (?:hier|auch)|(?:à )?lire (?:aussi|également)|voir aussi|leia mais|czytaj (?:też|także|również)|zobacz (?:też|także|również)|vedi anche)\s*(?::|»|…|\.\.\.|>>?)\s*\S`)

	// rePromoLang is a prompt to subscribe, sign in, follow, join a channel,
	// download the app or support the outlet.
	rePromoLang = regexp.MustCompile(`(?i)` + strings.Join([]string{
		// subscribe, newsletters
		`^(?:abonniere|abonnieren sie|abonniert) (?:jetzt )?(?:unseren|den|unsere) newsletter`,
		`^(?:jetzt )?(?:zum|für den|für unseren) newsletter (?:anmelden|registrieren)`,
		`^newsletter (?:abonnieren|bestellen|anmelden)$`,
		`^jetzt (?:für )?.{0,40}\b(?:anmelden|abonnieren|registrieren)\s*[!.]?$`,
		`^[\p{L}\d&' .-]{1,40} newsletter$`,
		`^never miss\b.{0,80}\b(?:newsletter|sign(?:ing)? up|subscrib\w*)`,
		`^sign ?up (?:to|for) (?:get|receive)\b`,
		`(?:^|[.!?]\s+)(?:subscribe|sign up|join) (?:now|today)\b`, `^subscri\w*\b.{0,60}\bsave \d+ ?(?:%|percent|per cent)\b`,
		`^get (?:the|our) .{1,60} by e-?mail\b`,
		`^(?:suscríbete|suscribite|abonnez-vous|inscrivez-vous|assine|iscriviti|zapisz się|zapraszamy (?:też |także )?do subskrypcji)\b`,
		// paywalls and sign-in walls
		`\bto (?:view|read|continue reading) (?:the )?(?:full|whole|rest of the|rest of this) (?:story|article),? (?:please )?(?:subscribe|log in|sign in|register)\b`,
		`^already a subscriber\b`, `\byou(?:'|’)?re already a subscriber\b`, `\byou are already a subscriber\b`,
		`^pour lire la suite\b`,
		`\b(?:sie sind|du bist) (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)\b`,
		`\bmüssen sie (?:eingeloggt|angemeldet) sein\b`, `\byou must be logged in\b`,
		// follow us, channels, apps
		`^follow (?:us|[\p{L}\d&'. -]{1,40}) on (?:twitter|facebook|instagram|x|tiktok|youtube|linkedin|threads|bluesky)\b`,
		`^(?:folgen sie uns|folge uns|síguenos|suivez-nous|segui(?:teci)?|siga-nos|obserwuj nas) (?:auf|en|sur|su|no|na)\b`,
		`\bdownload (?:the|our) [\p{L}\d&' -]{1,40} apps? (?:for|on) (?:ios|android|iphone)\b`, `^download (?:the|our) [\p{L}\d&' -]{1,40} app\b`,
		`\b(?:our|unser(?:en)?) (?:youtube|telegram|whatsapp)[ -](?:channel|kanal)\b`,
		`\b(?:tenemos|nuestro|notre|nosso) (?:canal|chaîne) (?:de |d[eo] )?(?:youtube|telegram|whatsapp)\b`, `\búnete a nuestro (?:canal|grupo)\b`,
		// support the outlet
		`\bwould you consider supporting\b`, `^support (?:our|us|independent) (?:work|journalism)\b`,
		`^(?:unterstütze|unterstützen sie) (?:uns|unsere arbeit|(?:\S+ ){1,3}(?:bereits |jetzt )?mit\b)`,
		`^haz(?:te)? (?:miembro|socio)\b`, `^help us (?:continue|keep)\b`, `^become a (?:member|subscriber|supporter)\b`,
		// letters and feedback
		`^submit (?:your|a) letter to the editor\b`, `\bwrite to letters@`, `^we want to hear what you think\b`,
		`^(?:verraten|schreiben|sagen) sie (?:uns |es uns )?(?:gerne )?in den kommentaren\b`,
		`^(?:verratet|schreibt|sagt) (?:uns |es uns )?(?:gerne )?in den kommentaren\b`,
		`^(?:let us know|tell us)\b.{0,40}\bin the comments\b`,
	}, "|"))

	// reEmbedConsent is the placeholder of an embedded player or map that loads
	// only with consent: "Click the button below to load the content from …".
	reEmbedConsent = regexp.MustCompile(`(?i)\b(?:(?:button|schaltfläche), um (?:den|diesen) inhalt|um (?:den|diesen) inhalt von (?:www\.)?[\p{L}\d-]+\.\p{L}{2,24}\S* zu laden|mit dem laden des inhalts akzeptieren sie|(?:button|here) (?:below )?to load (?:the )?content from|by loading (?:the|this) content,? you (?:accept|agree))\b`)

	// reOpinionNote is the note that an opinion piece is the author's own.
	reOpinionNote = regexp.MustCompile(`(?i)\b(?:gibt (?:ausschließlich )?die meinung (?:des autors|der autorin|des verfassers)[^.]{0,20} wieder|the views expressed (?:here |in this (?:article|post|piece) )?are (?:those of the author|the author'?s own|solely those)|las opiniones (?:expresadas )?(?:aquí |en este artículo )?son (?:responsabilidad )?(?:exclusiva )?(?:de su autor|del autor))`)

	// reCommentsLang is reComments' list: comment counts and prompts, share and
	// rating widgets, and a blog post's "posted in …" line.
	reCommentsLang = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		`keine kommentare`, `kommentare? (?:geschlossen|deaktiviert)`, `kommentieren`, `kommentar (?:schreiben|verfassen)`,
		`\d+ (?:kommentare?|antworten?|comentarios?|respuestas?|commentaires?|réponses?|komentarz\w*|commenti|comentários?)(?: (?:zu|a|sur|para|do|on) .{1,80})?`,
		`sin comentarios`, `aucun commentaire`, `brak komentarzy`, `nessun commento`, `sem comentários`,
		`(?:be|become) part of the conversation`, `share your thoughts(?: and debate the big issues| in the comments(?: below)?| with us)?`,
		`(?:den |diesen )?(?:beitrag|artikel|seite|post) (?:mit anderen )?teilen(?:/\S+)?`, `teilen(?: mit| auf)?`,
		`(?:artikel|beitrag) gefallen\?.{0,60}`, `bewerten`, `gefällt mir(?: wird geladen(?:\.\.\.|…)?)?`, `wird geladen(?:\.\.\.|…)?`, `loading(?:\.\.\.|…)?`,
		`compartir(?: en)?`, `partager(?: sur)?`, `udostępnij`, `condividi`, `compartilhe`, `permalink`, `permalien`,
		`this entry was posted (?:in|on) .{1,80}`, `(?:view|show|read|hide) (?:all )?comments?(?:\s*\(\d+\))?`, `bookmark the permalink\.?`,
	}, "|") + `)\s*[:.!]?$`)

	// reCreditLang is a photo or source credit: a label and a name, or a bare
	// label where the picture was.
	reCreditLang = regexp.MustCompile(`(?i)^(?:(?:quelle|quellen|fuente|fuentes|source|sources|crédits?(?: photos?)?|copyright|fotos?|abbildung(?: \d+)?|abb\.(?: ?\d+)?|figure \d+|fig\. ?\d+|beitragsbild|titelbild|symbolbild|image illustrative|zdjęcie|fot\.)\s*:\s*\S|(?:symbolbild|beitragsbild|titelbild|bild anzeigen|bild vergrößern|image illustrative|photo d'illustration|imagen ilustrativa|foto ilustrativa|zdjęcie ilustracyjne|domena publiczna|public domain)$)`)
	// reCreditIn is a credit pasted at the end of a caption ("… Foto: GdP/Hagen Immel").
	reCreditIn = regexp.MustCompile(`(?:[.!?)]\s+|\s[|/–—-]\s+)(?:Foto|Fotos|Bild|Quelle|Crédits?(?: photos?)?|Fuente|Fot\.)\s*: \S[^.!?]{0,60}$`)
	// reCreditParen is a credit in brackets at the end of a caption.
	reCreditParen = regexp.MustCompile(`(?i)\((?:foto|fotos|bild|crédits?(?: photos?)?|fot\.)\s*:[^()]*(?:\([^()]*\)[^()]*)?\)\s*\.?$`)

	// reRightsLang is reFooter's "all rights reserved" and the notices of reuse.
	reRightsLang = regexp.MustCompile(`(?i)\b(?:alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim|materiał chroniony prawem|is the copyrighted property of|(?:written )?permission must be obtained before|sofern nicht anders (?:angegeben|ausgewiesen)[, ]+(?:stehen|sind|ist)\b.{0,60}\b(?:lizenz|cc[- ]by)\w*|(?:veröffentlicht|steht|lizenziert) unter (?:der|einer) (?:lizenz )?(?:cc[- ]by|creative[- ]commons)|(?:published|licensed) under (?:a |the )?(?:cc[- ]by|creative commons))`)

	// reDisclosure is an advertising or affiliate disclosure.
	reDisclosure = regexp.MustCompile(`(?i)\b(?:this (?:post|article|page) (?:contains|may contain) (?:references to products|affiliate links)|we may (?:receive|earn) (?:a )?(?:compensation|commission)|advertisers? do(?:es)? not influence|(?:es )?handelt es sich um affiliate[- ]links?|^\*werbung\b|\b(?:dieser|der) (?:beitrag|artikel|post|text) enthält (?:werbung|affiliate[- ]links?)|^anzeige\s*[-–—:]|affiliate[- ]links?\b.{0,40}\b(?:provision|commission))`)

	// reUpdatedLang is reUpdated's: a date or author label.
	reUpdatedLang = regexp.MustCompile(`(?i)^(?:aktualisiert|zuletzt aktualisiert|veröffentlicht|veröffentlichung|erstellt|actualizado|publicado|publié|mis à jour|atualizado|aggiornato|pubblicato|opublikowano|zaktualizowano|release date|posted on)\b|^(?:von|by|autor(?:in)?|author|datum|date|fecha)\s*:$`)

	// reBylineLang is reByline's in German, Spanish, French, Italian, Polish:
	// "Von Lisa Petrich", "Por Juan Pérez".
	reBylineLang = regexp.MustCompile(`^(?:Von|VON|Por|POR|Par|PAR|Di|Od) (?:\p{Lu}[\p{L}'’.-]*\s?){1,4}(?:(?:,|\bund\b|\by\b|\bet\b|\be\b|&|[|·•/]|-|–|—)\s*.*)?$`)
)

// Words one of which a unit must hold for the unanchored patterns above to be
// tried: they keep the patterns off ordinary story paragraphs, as in classify.
var (
	promoKeys = []string{"newsletter", "abonn", "anmelden", "registrieren", "never miss", "sign", "mail", "suscr",
		"inscri", "assine", "iscriv", "zapisz", "subskrypc", "subscri", "la suite", "eingeloggt", "angemeldet",
		"logged in", "follow", "folg", "sígu", "suiv", "segui", "siga", "obserwuj", "download", "youtube", "telegram",
		"whatsapp", "únete", "support", "unterstütz", "miembro", "socio", "help us", "become a", "letter",
		"hear what", "kommentaren", "comments", "log in", "register"}
	rightsKeys     = []string{"recht", "derechos", "droits", "diritti", "direitos", "prawa", "prawem", "copyright", "permission", "lizen", "licen", "cc-by", "cc by", "creative"}
	disclosureKeys = []string{"contain", "compensation", "commission", "advertiser", "affiliate", "werbung", "anzeige"}
	creditKeys     = []string{"foto", "bild", "quelle", "crédit", "fuente", "fot."}
)

// classifyLang returns the clutter kind of a unit by the phrases above, or
// kindStory when none names it; n is its word count, lower its lower case.
func classifyLang(s, lower string, n int) kind {
	end := terminal(s)
	switch {
	case n <= 12 && reHeaderLang.MatchString(s):
		return kindHeader
	case n <= 25 && reTeaserLang.MatchString(s):
		return kindTeaser
	case n <= 35 && containsAny(lower, promoKeys...) && rePromoLang.MatchString(s):
		return kindNewsletter
	case n <= 20 && reCommentsLang.MatchString(strings.TrimLeft(s, "|·•-– ")):
		return kindComments
	case n <= 40 && reCreditLang.MatchString(s):
		return kindCaption
	case n <= 25 && !end && strings.Contains(s, ": ") && containsAny(lower, creditKeys...) && reCreditIn.MatchString(s):
		return kindCaption
	case n <= 40 && strings.HasSuffix(strings.TrimRight(s, ". "), ")") && reCreditParen.MatchString(s):
		return kindCaption
	case n <= 60 && containsAny(lower, rightsKeys...) && reRightsLang.MatchString(s):
		return kindFooter
	case n <= 80 && containsAny(lower, disclosureKeys...) && reDisclosure.MatchString(s):
		return kindAd
	case n <= 40 && (strings.Contains(lower, "inhalt") || strings.Contains(lower, "content")) && reEmbedConsent.MatchString(s):
		return kindCookie
	case n <= 40 && (strings.Contains(lower, "meinung") || strings.Contains(lower, "views expressed") || strings.Contains(lower, "opiniones")) && reOpinionNote.MatchString(s):
		return kindFooter
	case n <= 5 && reUpdatedLang.MatchString(s):
		return kindByline
	case n <= 14 && !end && reBylineLang.MatchString(s):
		return kindByline
	}
	return kindStory
}
