package normalize_test

import (
	"testing"

	"github.com/briefing-news/briefing/summarize/normalize"
	"github.com/google/go-cmp/cmp"
)

// Story paragraphs in German, Spanish and French around the clutter below.
const (
	leadDE = "Die Feuerwehr in Brennick hat am Donnerstag 2.400 Anwohner aufgefordert, ihre Häuser zu verlassen, nachdem ein Waldbrand den Fluss übersprungen hatte."
	bodyDE = "Das Feuer hat seit Montag rund 3.100 Hektar Wald zerstört. Tote gab es bisher keine, teilte das Landratsamt mit."
	leadES = "Los bomberos de Brennick ordenaron el jueves a 2.400 vecinos abandonar sus casas después de que un incendio cruzara el río Esk."
	leadFR = "Les pompiers de Brennick ont ordonné jeudi à 2 400 habitants de quitter leurs maisons après que le feu a franchi la rivière."
)

// langClutterCases has the clutter of clutter_lang.go: each input is a story with
// clutter in it, the output the story alone.
var langClutterCases = []struct {
	name string
	in   string
	want []string
}{
	// teaser headers and the list they open
	{"lesen sie auch", leadDE + "\n\nLesen Sie auch die folgenden Beiträge:\n\nHafen bekommt eine neue Mauer\n\nDer Fluss im Winter\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"das könnte dich auch interessieren", leadDE + "\n\nDas Thema könnte dich auch interessieren:\n\nWaldbrände im Sommer: Was Anwohner wissen müssen\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"weitere beiträge aus", leadDE + "\n\nWeitere Beiträge aus der Kolumne:\n\nEine Woche am Fluss\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"neueste artikel", leadDE + "\n\nNeueste Artikel\n\nDer Fluss steigt\n\nDie Brücke ist gesperrt", []string{leadDE}},
	{"meistgelesen", leadDE + "\n\nmeist-diskutiert\n\nDer Fluss steigt", []string{leadDE}},
	{"videos zum thema", leadDE + "\n\nVideos zum Thema\n\nDrohnenbilder vom Brand", []string{leadDE}},
	{"from the forum", leadDE + "\n\nBeiträge aus dem Forum\n\nBrandschutz im Altbau", []string{leadDE}},
	{"next article", leadDE + "\n\nVorschau auf den nächsten Artikel\n\nDer Fluss im Winter", []string{leadDE}},
	{"also on a site", leadDE + "\n\nAuch auf courier.example\n\nZehn Tipps für den Sommer", []string{leadDE}},
	{"à lire aussi", leadFR + "\n\nÀ lire aussi\n\nLe feu en chiffres", []string{leadFR}},
	{"vidéos sur le sujet", leadFR + "\n\nAudios et vidéos sur le sujet\n\nLe feu vu du ciel", []string{leadFR}},
	{"lee también with an ellipsis", leadES + "\n\nLee también...\n\nEl río en cifras", []string{leadES}},
	{"más sobre", leadES + "\n\nMás sobre Economía\n\nEl puerto cierra", []string{leadES}},
	{"czytaj też", leadES + "\n\nCzytaj też\n\nPożar w Brennick", []string{leadES}},
	// teaser lines
	{"mire", leadES + "\n\nMire: El alcalde visita la zona del incendio", []string{leadES}},
	{"puedes ver", leadES + "\n\nPUEDES VER: ¿Qué es la brigada forestal y para qué sirve?", []string{leadES}},
	{"lesen sie hier", leadDE + "\n\nLesen Sie hier: Spielabbruch in der Kreisliga", []string{leadDE}},
	{"à lire aussi, a teaser", leadFR + "\n\nÀ lire aussi » Incendies : comment protéger sa maison ?", []string{leadFR}},
	// promos: newsletters, paywalls, follow us, apps, support, letters
	{"abonniere unseren newsletter", leadDE + "\n\nAbonniere unseren Newsletter und erfahre alles Wissenswerte rund um den Fluss.\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"zum newsletter anmelden", leadDE + "\n\nZum Newsletter anmelden\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"jetzt anmelden", leadDE + "\n\nJetzt für Courier Top-News anmelden\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"a newsletter's name", lead + "\n\nCourier Weekly Newsletter\n\n" + body, []string{lead, body}},
	{"never miss", lead + "\n\nNever miss the latest news by signing up to our newsletter today!\n\n" + body, []string{lead, body}},
	{"sign up to get", lead + "\n\nSign up to get the best content of the week, as picked by the editors.\n\n" + body, []string{lead, body}},
	{"get it by email", lead + "\n\nGet The Courier's Daily Edition by email and never miss our top stories\n\n" + body, []string{lead, body}},
	{"paywall", lead + "\n\nTo view the full story, please subscribe to The Courier.\n\nIf you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.", []string{lead}},
	{"pour lire la suite", leadFR + "\n\nPour lire la suite, abonnez-vous", []string{leadFR}},
	{"nicht eingeloggt", leadDE + "\n\nSie sind aktuell nicht eingeloggt.\n\nUm den Beitrag kommentieren zu können, müssen Sie eingeloggt sein.", []string{leadDE}},
	{"follow us on", lead + "\n\nFollow The Courier on Twitter and Instagram @Courier and on Facebook @CourierNews.\n\n" + body, []string{lead, body}},
	{"download the app", lead + "\n\nFor the latest stories and breaking news updates download the Courier apps for iOS and Android.", []string{lead}},
	{"our channel", leadES + "\n\n¡Mira lo que tiene nuestro canal de YouTube!", []string{leadES}},
	{"support our work", lead + "\n\nIf you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!", []string{lead}},
	{"unterstütze", leadDE + "\n\nUnterstütze den Courier bereits mit 2,50!", []string{leadDE}},
	{"hazte miembro", leadES + "\n\nHAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", []string{leadES}},
	{"letters", lead + "\n\nSubmit your letter to the editor via this form.\n\nWe want to hear what you think about this article. Submit a letter to the editor.", []string{lead}},
	// comment, share and rating widgets
	{"keine kommentare", leadDE + "\n\nKeine Kommentare\n\nKommentare geschlossen", []string{leadDE}},
	{"answers to a post", leadDE + "\n\n11 Antworten zu “Ein Tag am Fluss”", []string{leadDE}},
	{"share widgets", leadDE + "\n\nTeilen mit:\n\nGefällt mir Wird geladen...\n\nDen Artikel mit anderen teilen/diskutieren:\n\nArtikel gefallen? Vergiss nicht zu teilen!", []string{leadDE}},
	{"posted in", lead + "\n\nThis entry was posted in General. Bookmark the permalink.\n\n| View Comments\n\nBe part of the conversation", []string{lead}},
	{"bewerten", leadDE + "\n\nBewerten:\n\n" + bodyDE, []string{leadDE, bodyDE}},
	// credits
	{"quelle", leadDE + "\n\nQuelle: Landesregierung\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"crédits photos", leadFR + "\n\nCrédits photos : Agence Brennick", []string{leadFR}},
	{"numbered figure caption", leadDE + "\n\nAbbildung 4: Die grösste Lawine dieser Periode wurde am Nordhang ausgelöst.\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"bare picture label", leadDE + "\n\nBeitragsbild\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"credit after a caption", leadDE + "\n\nFeuerwehrchef Jonas Berg. Foto: Kreisfeuerwehr/Hanna Vogt\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"credit in brackets", leadES + "\n\nEl alcalde y la jefa de bomberos, el 1 de marzo (Foto: Juan Pérez/Pool via REUTERS).", []string{leadES}},
	{"copyright label", leadDE + "\n\nCopyright: Hanna Vogt", []string{leadDE}},
	// rights notices and disclosures
	{"alle rechte vorbehalten", leadDE + "\n\nCourier Verlag GmbH. Alle Rechte vorbehalten.", []string{leadDE}},
	{"reprint notice", lead + "\n\nThis article is the copyrighted property of The Courier. Written permission must be obtained before reprint in online or print media.", []string{lead}},
	{"affiliate disclosure", lead + "\n\nThis post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.\n\n" + body, []string{lead, body}},
	{"werbung", leadDE + "\n\n*Werbung. Dieser Beitrag enthält Werbung für eine Marke.\n\nBei den Verlinkungen handelt es sich um Affiliate Links\n\nANZEIGE - Heute mal ausgehen? Wie wäre es mit:", []string{leadDE}},
	{"tell us in the comments", leadDE + "\n\nVerraten Sie gerne in den Kommentaren: Was bedeutet Ihnen der Fluss?\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"embedded content placeholder", leadDE + "\n\nKlicken Sie auf den unteren Button, um den Inhalt von maps.example zu laden.\n\n" + bodyDE, []string{leadDE, bodyDE}},
	{"opinion note", leadDE + "\n\nDieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", []string{leadDE}},
	{"licence note", leadDE + "\n\nDieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.", []string{leadDE}},
	// dates and bylines
	{"aktualisiert am", leadDE + "\n\nAktualisiert am 17.01.2021.", []string{leadDE}},
	{"labels without a value", "Von:\n\nRelease Date:\n\n" + leadDE, []string{leadDE}},
	{"von byline", "Von Lisa Petrich\n\n" + leadDE, []string{leadDE}},
	{"por byline", "Por Juan Pérez y Ana Ruiz\n\n" + leadES, []string{leadES}},
}

// langKeepCases is story text that looks like the clutter above and stays.
var langKeepCases = []struct {
	name string
	in   string
	want []string
}{
	{"a sentence opening with lesen sie auch", "Lesen Sie auch die Verträge genau, rät die Verbraucherzentrale.", []string{"Lesen Sie auch die Verträge genau, rät die Verbraucherzentrale."}},
	{"a subheading opening with weitere", leadDE + "\n\nWeitere Tipps für den Winter\n\n" + bodyDE, []string{leadDE, "Weitere Tipps für den Winter", bodyDE}},
	{"auch auf, no site", leadDE + "\n\nAuch auf Mallorca brennt es\n\n" + bodyDE, []string{leadDE, "Auch auf Mallorca brennt es", bodyDE}},
	{"mehr als", "Mehr als 80 Prozent der Helfer sind Freiwillige, sagte der Kreisbrandmeister.", []string{"Mehr als 80 Prozent der Helfer sind Freiwillige, sagte der Kreisbrandmeister."}},
	{"mire, no label", "Mire, dijo el alcalde, el puerto está cerrado desde el lunes.", []string{"Mire, dijo el alcalde, el puerto está cerrado desde el lunes."}},
	{"a newsletter in the story", "The harbour newsletter reported the closure on Monday, the council said.", []string{"The harbour newsletter reported the closure on Monday, the council said."}},
	{"reading the full story", "Readers had to pay to read the full story, the editor admitted.", []string{"Readers had to pay to read the full story, the editor admitted."}},
	{"downloading an app", "Residents who download the council app can report flooding, officials said.", []string{"Residents who download the council app can report flooding, officials said."}},
	{"a subscriber in the story", "She was already a subscriber to the paper before the flood, she said.", []string{"She was already a subscriber to the paper before the flood, she said."}},
	{"follow the river", "Follow the river on foot for two kilometres to reach the shelter.", []string{"Follow the river on foot for two kilometres to reach the shelter."}},
	{"kommentieren in a sentence", "Kommentieren wollte der Bürgermeister die Entscheidung nicht.", []string{"Kommentieren wollte der Bürgermeister die Entscheidung nicht."}},
	{"loading in a sentence", "Loading the ferries took four hours, the port said.", []string{"Loading the ferries took four hours, the port said."}},
	{"a source in a sentence", "Die Inflation lag im März bei 5 Prozent (Quelle: Eurostat).", []string{"Die Inflation lag im März bei 5 Prozent (Quelle: Eurostat)."}},
	{"figure without a number", "Figure skating returns to the harbour rink on Sunday.", []string{"Figure skating returns to the harbour rink on Sunday."}},
	{"a photo in a sentence", "Ein Foto zeigt den Hafen: Die Mauer ist eingestürzt.", []string{"Ein Foto zeigt den Hafen: Die Mauer ist eingestürzt."}},
	{"werbung in a sentence", "Werbung ist für die Zeitung die wichtigste Einnahme, sagte der Verleger.", []string{"Werbung ist für die Zeitung die wichtigste Einnahme, sagte der Verleger."}},
	{"von der leyen", leadDE + "\n\nVon der Leyen besucht den Hafen\n\n" + bodyDE, []string{leadDE, "Von der Leyen besucht den Hafen", bodyDE}},
	{"veröffentlicht in a sentence", "Veröffentlicht wurde der Bericht erst im Mai, nachdem der Rat ihn geprüft hatte.", []string{"Veröffentlicht wurde der Bericht erst im Mai, nachdem der Rat ihn geprüft hatte."}},
	{"comments in a sentence", "Die Anwohner schrieben in den Kommentaren unter dem Aufruf, sie hätten Angst.", []string{"Die Anwohner schrieben in den Kommentaren unter dem Aufruf, sie hätten Angst."}},
	{"loading content in a sentence", "Die Stadt braucht Stunden, um den Inhalt von drei Lastwagen zu laden, sagte der Sprecher.", []string{"Die Stadt braucht Stunden, um den Inhalt von drei Lastwagen zu laden, sagte der Sprecher."}},
	{"an opinion in a sentence", "Der Bericht gibt die Meinung der Anwohner wieder, sagte der Bürgermeister.", []string{"Der Bericht gibt die Meinung der Anwohner wieder, sagte der Bürgermeister."}},
	{"a licence in a sentence", "Die Fotos der Feuerwehr stehen unter einer freien Lizenz, sagte die Sprecherin.", []string{"Die Fotos der Feuerwehr stehen unter einer freien Lizenz, sagte die Sprecherin."}},
	{"rights in a sentence", "The band said all rights to the songs were sold in 2019.", []string{"The band said all rights to the songs were sold in 2019."}},
}

func TestTextClutterLanguages(t *testing.T) {
	for _, tt := range langClutterCases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, normalize.Text(tt.in)); diff != "" {
				t.Fatalf("Text(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTextKeepsLanguages(t *testing.T) {
	for _, tt := range langKeepCases {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, normalize.Text(tt.in)); diff != "" {
				t.Fatalf("Text(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
