package text

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The tables of the languages with rules of their own besides English. Each
// is a spec read once at start-up; the words are lower case, apostrophes
// dropped (as Token.Low writes them), abbreviations without their final
// period. Months and weekdays list the full name first (MonthName,
// WeekdayName), then the other forms a text writes: abbreviations, and the
// case forms a date takes (Czech "září", Russian "сентября", Hebrew
// "בספטמבר").

type spec struct {
	tag, name    string
	rtl, uncased bool
	comma        bool // decimal comma
	spaceGroups  bool
	punkt        string
	stop         string
	stem         func(string) string
	stemName     string
	reporting    string // verbs read as "say"
	speech       string // verbs that attribute a quotation (reporting ones are added)
	negations    string
	quotes       []QuotePair
	titles       string // abbreviations that never end a sentence
	ambiguous    string // abbreviations that may
	enders       string
	elisions     string
	numbers      string // "word:value …"
	scales       string // "word:multiplier …"
	teens        string // the word for ten after a unit in a teen ("أربعة عشر")
	percents     string // "pour+cent prozent …": + joins the words of one
	currency     string // "word:sign …"
	months       string // "; " between months, spaces between forms
	monthAbbr    string // 12 forms separated by spaces
	weekdays     string // Sunday first, "; " between days
	relative     string // "word:offset …"
	anchor       string // "%d %s": the day, then MonthShort
	particles    string
}

func (sp spec) register() *Lang {
	d := &langData{
		rtl:          sp.rtl,
		cased:        !sp.uncased,
		punkt:        sp.punkt,
		decimalComma: sp.comma,
		spaceGroups:  sp.spaceGroups,
		stop:         newStoplist(sp.stop),
		stem:         sp.stem,
		stemName:     sp.stemName,
		reporting:    set(sp.reporting),
		quotes:       sp.quotes,
		abbrevs:      map[string]Abbrev{},
		enders:       sp.enders,
		elisions:     strings.Fields(sp.elisions),
		numbers:      map[string]int{},
		teens:        set(sp.teens),
		scales:       map[string]float64{},
		currency:     map[string]string{},
		relative:     map[string]int{},
		particles:    set(sp.particles),
		negations:    set(sp.negations),
	}
	if sp.uncased {
		d.nameRule = NamesByContent
	}
	d.speech = strings.Fields(sp.speech)
	for _, w := range strings.Fields(sp.reporting) {
		if !contains(d.speech, w) {
			d.speech = append(d.speech, w)
		}
	}
	for _, w := range strings.Fields(sp.titles) {
		d.abbrevs[w] = Title
	}
	for _, w := range strings.Fields(sp.ambiguous) {
		d.abbrevs[w] = Ambiguous
	}
	pairs(sp.numbers, func(w, v string) {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic("text: number word " + w)
		}
		d.numbers[w] = n
	})
	pairs(sp.scales, func(w, v string) {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			panic("text: scale word " + w)
		}
		d.scales[w] = f
	})
	pairs(sp.currency, func(w, v string) { d.currency[w] = v })
	pairs(sp.relative, func(w, v string) {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic("text: relative day " + w)
		}
		d.relative[w] = n
	})
	for _, p := range strings.Fields(sp.percents) {
		d.percents = append(d.percents, strings.Split(p, "+"))
	}
	ms := strings.Split(sp.months, ";")
	abbr := strings.Fields(sp.monthAbbr)
	if len(ms) != 12 || len(abbr) != 12 {
		panic("text: months of " + sp.tag)
	}
	for i := range ms {
		d.months[i] = strings.Fields(ms[i])
		d.monthAbbr[i] = abbr[i]
	}
	wd := strings.Split(sp.weekdays, ";")
	if len(wd) != 7 {
		panic("text: weekdays of " + sp.tag)
	}
	for i := range wd {
		d.weekdays[i] = strings.Fields(wd[i])
	}
	format := sp.anchor
	d.anchor = func(day int, m time.Month) string { return fmt.Sprintf(format, day, d.monthAbbr[m-1]) }
	d.starters = map[string]bool{}
	for w := range d.stop.m {
		d.starters[w] = true
	}
	return register(sp.tag, sp.name, d)
}

func pairs(s string, f func(w, v string)) {
	for _, p := range strings.Fields(s) {
		i := strings.LastIndexByte(p, ':')
		if i <= 0 {
			panic("text: pair " + p)
		}
		f(p[:i], p[i+1:])
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var (
	qGuillemets = QuotePair{"«", "»"}
	qCurly      = QuotePair{"“", "”"}
	qStraight   = QuotePair{`"`, `"`}
	qLow        = QuotePair{"„", "“"}
	qLowRight   = QuotePair{"„", "”"}
	qSingle     = QuotePair{"‘", "’"}
	qSingleLow  = QuotePair{"‚", "‘"}
	qAngle      = QuotePair{"‹", "›"}
	qReversed   = QuotePair{"»", "«"}
)

// The languages. French, German, Spanish, Italian, Portuguese, Dutch, Czech,
// Polish and Greek have Punkt data; Arabic, Hebrew, Russian and Ukrainian
// are segmented by their rules (segment's doc.go).
var (
	French = spec{
		tag: "fr", name: "French", comma: true, spaceGroups: true, punkt: "french",
		stop: stopFrench, stem: stemFrench, stemName: "snowball/french",
		reporting: `dit dire déclaré déclare annoncé annonce indiqué indique affirmé affirme précisé précise publié révélé expliqué explique`,
		speech:    `ajouté ajoute estimé estime souligné souligne assuré assure confié lancé averti rappelé insisté écrit demandé raconté`,
		negations: `ne n pas jamais aucun aucune rien non ni plus`,
		quotes:    []QuotePair{qGuillemets, qCurly, qStraight, qAngle},
		titles:    `m mm mme mmes mlle mlles dr pr me mgr gén col cdt lt sgt st ste env cf av n°`,
		ambiguous: `etc janv févr fév avr juil sept oct nov déc j.-c`,
		elisions:  `l d j m n s t c qu lorsqu puisqu jusqu quoiqu presqu`,
		numbers:   `deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 septante:70 huitante:80 octante:80 nonante:90 cent:100 douzaine:12 zéro:0`,
		scales:    `mille:1e3 millier:1e3 milliers:1e3 million:1e6 millions:1e6 milliard:1e9 milliards:1e9 md:1e9 mds:1e9 mrd:1e9 mrds:1e9 billion:1e12 billions:1e12`,
		percents:  `pour+cent pourcent`,
		currency:  `euros:€ euro:€ dollars:$ dollar:$ livres:£ francs:CHF yens:¥ yen:¥`,
		months: `janvier janv; février fevrier févr fevr fév; mars; avril avr; mai; juin; juillet juil;
			août aout; septembre; octobre oct; novembre nov; décembre decembre déc dec`,
		monthAbbr: `janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.`,
		weekdays:  `dimanche; lundi; mardi; mercredi; jeudi; vendredi; samedi`,
		relative:  `aujourdhui:0 hier:-1 demain:1 avanthier:-2 aprèsdemain:2`,
		anchor:    "%d %s",
		particles: `de du des la le d`,
	}.register()

	German = spec{
		tag: "de", name: "German", comma: true, spaceGroups: true, punkt: "german",
		stop: stopGerman, stem: stemGerman, stemName: "snowball/german",
		reporting: `sagte sagt sagten gesagt erklärte erklärt erklärten teilte mitgeteilt berichtete berichtet kündigte angekündigt veröffentlichte veröffentlicht gab bekanntgegeben`,
		speech:    `betonte betont warnte warnt schrieb fügte meinte meint sprach forderte fordert`,
		negations: `nicht kein keine keinen keinem keiner keines nie niemals nichts weder`,
		quotes:    []QuotePair{qLow, qReversed, qGuillemets, qStraight, qSingleLow},
		titles:    `hr hrn fr dr prof st nr ca vgl z.b inkl evtl ggf gem bzw s`,
		ambiguous: `usw etc u.a d.h mio mrd tsd jan feb apr aug sep sept okt nov dez jh chr`,
		numbers:   `eins:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19 zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 hundert:100 dutzend:12 null:0`,
		scales:    `tausend:1e3 tsd:1e3 million:1e6 millionen:1e6 mio:1e6 milliarde:1e9 milliarden:1e9 mrd:1e9 billion:1e12 billionen:1e12`,
		percents:  `prozent`,
		currency:  `euro:€ dollar:$ franken:CHF pfund:£ yen:¥`,
		months: `januar jan jänner; februar feb; märz maerz mär; april apr; mai; juni jun; juli jul;
			august aug; september sep sept; oktober okt; november nov; dezember dez`,
		monthAbbr: `Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.`,
		weekdays:  `sonntag; montag; dienstag; mittwoch; donnerstag; freitag; samstag sonnabend`,
		relative:  `heute:0 gestern:-1 morgen:1 vorgestern:-2 übermorgen:2`,
		anchor:    "%d. %s",
		particles: `von vom zu van der den de`,
	}.register()

	Spanish = spec{
		tag: "es", name: "Spanish", comma: true, spaceGroups: true, punkt: "spanish",
		stop: stopSpanish, stem: stemSpanish, stemName: "snowball/spanish",
		reporting: `dijo dice dicen dijeron declaró declara afirmó afirma anunció anuncia indicó indica informó informa publicó reveló explicó explica`,
		speech:    `aseguró asegura señaló señala añadió agregó agrega advirtió escribió subrayó destacó insistió contó relató`,
		negations: `no nunca jamás ningún ninguna ninguno nadie nada ni tampoco`,
		quotes:    []QuotePair{qGuillemets, qCurly, qStraight, qSingle},
		titles:    `sr sra srta dr dra lic ing d dña gral prof núm ee`,
		ambiguous: `etc ee.uu eeuu uu ud uds aprox ene feb abr ago sept oct nov dic`,
		numbers:   `uno:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciséis:16 diecisiete:17 dieciocho:18 diecinueve:19 veinte:20 treinta:30 cuarenta:40 cincuenta:50 cien:100 sesenta:60 setenta:70 ochenta:80 noventa:90 veintiuno:21 veintiún:21 veintidós:22 veintitrés:23 veinticuatro:24 veinticinco:25 veintiséis:26 veintisiete:27 veintiocho:28 veintinueve:29 ciento:100 docena:12 cero:0`,
		scales:    `mil:1e3 millón:1e6 millon:1e6 millones:1e6 millardo:1e9 mill:1e6 millardos:1e9 billón:1e12 billones:1e12`,
		percents:  `por+ciento`,
		currency:  `euros:€ euro:€ dólares:$ dolares:$ dólar:$ pesos:$ libras:£`,
		months: `enero ene; febrero feb; marzo mar; abril abr; mayo; junio jun; julio jul; agosto ago;
			septiembre setiembre sept sep set; octubre oct; noviembre nov; diciembre dic`,
		monthAbbr: `ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.`,
		weekdays:  `domingo; lunes; martes; miércoles miercoles; jueves; viernes; sábado sabado`,
		relative:  `hoy:0 ayer:-1 mañana:1 anteayer:-2 anoche:-1 pasado:2`,
		anchor:    "%d %s",
		particles: `de del la las los y`,
	}.register()

	Italian = spec{
		tag: "it", name: "Italian", comma: true, spaceGroups: true, punkt: "italian",
		stop: stopItalian, stem: stemItalian, stemName: "snowball/italian",
		reporting: `detto dice dicono disse dichiarato dichiara annunciato annuncia affermato afferma riferito riferisce pubblicato rivelato spiegato spiega`,
		speech:    `aggiunto aggiunge sottolineato sottolinea scritto avvertito ribadito precisato`,
		negations: `non mai nessun nessuno nessuna niente nulla né`,
		quotes:    []QuotePair{qGuillemets, qCurly, qStraight},
		titles:    `sig sigg dott dr prof avv ing on gen sen geom`,
		ambiguous: `ecc gen feb mar apr mag giu lug ago set sett ott nov dic`,
		elisions:  `l d dell all nell sull dall quell quest un c s`,
		numbers:   `uno:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 tredici:13 quattordici:14 quindici:15 sedici:16 diciassette:17 diciotto:18 diciannove:19 venti:20 trenta:30 quaranta:40 cinquanta:50 cento:100 sessanta:60 settanta:70 ottanta:80 novanta:90 dozzina:12 zero:0`,
		scales:    `mille:1e3 mila:1e3 milione:1e6 milioni:1e6 mln:1e6 miliardo:1e9 miliardi:1e9 mld:1e9 mrd:1e9`,
		percents:  `per+cento percento`,
		currency:  `euro:€ dollari:$ dollaro:$ sterline:£`,
		months: `gennaio gen; febbraio feb; marzo mar; aprile apr; maggio mag; giugno giu; luglio lug; agosto ago;
			settembre set sett; ottobre ott; novembre nov; dicembre dic`,
		monthAbbr: `gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.`,
		weekdays:  `domenica; lunedì lunedi; martedì martedi; mercoledì mercoledi; giovedì giovedi; venerdì venerdi; sabato`,
		relative:  `oggi:0 ieri:-1 domani:1 stamattina:0 stasera:0 stanotte:0 ieri:-1 laltroieri:-2 dopodomani:2`,
		anchor:    "%d %s",
		particles: `di de da del della dei`,
	}.register()

	Portuguese = spec{
		tag: "pt", name: "Portuguese", comma: true, spaceGroups: true, punkt: "portuguese",
		stop: stopPortuguese, stem: stemPortuguese, stemName: "snowball/portuguese",
		reporting: `disse diz dizem disseram declarou declara afirmou afirma anunciou anuncia informou informa publicou revelou explicou explica`,
		speech:    `acrescentou acrescenta alertou escreveu destacou sublinhou garantiu`,
		negations: `não nao nunca jamais nenhum nenhuma ninguém nada nem`,
		quotes:    []QuotePair{qCurly, qGuillemets, qStraight, qSingle},
		titles:    `sr sra srta dr dra prof eng gen`,
		ambiguous: `etc jan fev mar abr jun jul ago set out nov dez`,
		numbers:   `dois:2 duas:2 três:3 tres:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 treze:13 catorze:14 quatorze:14 quinze:15 dezesseis:16 dezasseis:16 dezessete:17 dezassete:17 dezoito:18 dezenove:19 dezanove:19 vinte:20 trinta:30 quarenta:40 cinquenta:50 cem:100 sessenta:60 setenta:70 oitenta:80 noventa:90 dúzia:12 zero:0`,
		scales:    `mil:1e3 milhão:1e6 milhao:1e6 milhões:1e6 milhoes:1e6 bilhão:1e9 bilhões:1e9 bilião:1e12 biliões:1e12`,
		percents:  `por+cento`,
		currency:  `euros:€ euro:€ dólares:$ dolares:$ dólar:$ reais:R$`,
		months: `janeiro jan; fevereiro fev; março marco mar; abril abr; maio mai; junho jun; julho jul;
			agosto ago; setembro set; outubro out; novembro nov; dezembro dez`,
		monthAbbr: `jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.`,
		weekdays:  `domingo; segunda-feira segunda; terça-feira terça; quarta-feira quarta; quinta-feira quinta; sexta-feira sexta; sábado sabado`,
		relative:  `hoje:0 ontem:-1 amanhã:1 amanha:1 anteontem:-2`,
		anchor:    "%d %s",
		particles: `de da do dos das e`,
	}.register()

	Dutch = spec{
		tag: "nl", name: "Dutch", comma: true, spaceGroups: true, punkt: "dutch",
		stop: stopDutch, stem: stemDutch, stemName: "snowball/dutch",
		reporting: `zei zegt zeggen zeiden gezegd verklaarde verklaart verklaard meldde meldt gemeld kondigde aangekondigd maakte bekendgemaakt publiceerde`,
		speech:    `schreef waarschuwde voegde benadrukte benadrukt liet`,
		negations: `niet geen nooit niets niemand noch`,
		quotes:    []QuotePair{qCurly, qLowRight, qStraight, qSingle},
		titles:    `dhr mevr mr dr prof drs ir ing st`,
		ambiguous: `enz bijv o.a d.w.z jan feb mrt apr jun jul aug sep sept okt nov dec`,
		numbers:   `twee:2 drie:3 vier:4 vijf:5 zes:6 zeven:7 acht:8 negen:9 tien:10 elf:11 twaalf:12 dertien:13 veertien:14 vijftien:15 zestien:16 zeventien:17 achttien:18 negentien:19 twintig:20 dertig:30 veertig:40 vijftig:50 zestig:60 zeventig:70 tachtig:80 negentig:90 honderd:100 dozijn:12 nul:0`,
		scales:    `duizend:1e3 miljoen:1e6 mln:1e6 miljard:1e9 mld:1e9 biljoen:1e12`,
		percents:  `procent`,
		currency:  `euro:€ dollar:$ pond:£`,
		months: `januari jan; februari feb; maart mrt; april apr; mei; juni jun; juli jul; augustus aug;
			september sep sept; oktober okt; november nov; december dec`,
		monthAbbr: `jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.`,
		weekdays:  `zondag; maandag; dinsdag; woensdag; donderdag; vrijdag; zaterdag`,
		relative:  `vandaag:0 gisteren:-1 morgen:1 eergisteren:-2 overmorgen:2 vanavond:0 vannacht:0 gisteravond:-1`,
		anchor:    "%d %s",
		particles: `van der den de ter ten`,
	}.register()

	Czech = spec{
		tag: "cs", name: "Czech", comma: true, spaceGroups: true, punkt: "czech",
		stop: stopCzech, stem: stemCzech, stemName: "light/czech",
		reporting: `řekl řekla řekli řekly uvedl uvedla uvedli prohlásil prohlásila prohlásili oznámil oznámila oznámili sdělil sdělila sdělili říká uvádí oznámilo informoval informovala zveřejnil`,
		speech:    `dodal dodala dodali napsal napsala upozornil upozornila varoval varovala zdůraznil zdůraznila`,
		negations: `ne nikdy žádný žádná žádné nic nikdo ani není nejsou nebyl nebyla nebylo nebyli nemá nemají`,
		quotes:    []QuotePair{qLow, qSingleLow, qReversed, qStraight},
		titles:    `p pí ing mudr judr phdr mgr doc prof rndr gen plk pplk č tzv resp např sv`,
		ambiguous: `atd apod tj mil mld tis kč r`,
		numbers:   `jeden:1 jedna:1 jedno:1 dva:2 dvě:2 tři:3 čtyři:4 pět:5 šest:6 sedm:7 osm:8 devět:9 deset:10 jedenáct:11 dvanáct:12 třináct:13 čtrnáct:14 patnáct:15 šestnáct:16 sedmnáct:17 osmnáct:18 devatenáct:19 dvacet:20 třicet:30 čtyřicet:40 padesát:50 šedesát:60 sedmdesát:70 osmdesát:80 devadesát:90 sto:100 nula:0`,
		scales:    `tisíc:1e3 tisíce:1e3 tis:1e3 milion:1e6 miliony:1e6 milionů:1e6 mil:1e6 miliarda:1e9 miliardy:1e9 miliard:1e9 mld:1e9`,
		percents:  `procent procenta procento procentní`,
		currency:  `korun:Kč koruny:Kč kč:Kč eur:€ euro:€ dolarů:$ dolary:$`,
		months: `leden ledna lednu; únor února únoru; březen března březnu; duben dubna dubnu; květen května květnu;
			červen června červnu; červenec července červenci; srpen srpna srpnu; září; říjen října říjnu;
			listopad listopadu; prosinec prosince prosinci`,
		monthAbbr: `ledna února března dubna května června července srpna září října listopadu prosince`,
		weekdays:  `neděle neděli; pondělí; úterý; středa středu; čtvrtek čtvrtku; pátek pátku; sobota sobotu`,
		relative:  `dnes:0 včera:-1 zítra:1 předevčírem:-2 pozítří:2`,
		anchor:    "%d. %s",
	}.register()

	Polish = spec{
		tag: "pl", name: "Polish", comma: true, spaceGroups: true, punkt: "polish",
		stop: stopPolish, stem: stemPolish, stemName: "light/polish",
		reporting: `powiedział powiedziała powiedzieli mówi oświadczył oświadczyła ogłosił ogłosiła ogłosili poinformował poinformowała poinformowali przekazał przekazała stwierdził stwierdziła`,
		speech:    `dodał dodała podkreślił podkreśliła napisał napisała ostrzegł ostrzegła zapowiedział`,
		negations: `nie nigdy żaden żadna żadne nic nikt ani`,
		quotes:    []QuotePair{qLowRight, qGuillemets, qReversed, qStraight},
		titles:    `p dr inż prof mgr gen płk ks św ul nr`,
		ambiguous: `itd itp tzn tj mln mld tys zł r`,
		numbers:   `jeden:1 jedna:1 dwa:2 dwie:2 trzy:3 cztery:4 pięć:5 sześć:6 siedem:7 osiem:8 dziewięć:9 dziesięć:10 jedenaście:11 dwanaście:12 trzynaście:13 czternaście:14 piętnaście:15 szesnaście:16 siedemnaście:17 osiemnaście:18 dziewiętnaście:19 dwadzieścia:20 trzydzieści:30 czterdzieści:40 pięćdziesiąt:50 sześćdziesiąt:60 siedemdziesiąt:70 osiemdziesiąt:80 dziewięćdziesiąt:90 sto:100 zero:0`,
		scales:    `tysiąc:1e3 tysiące:1e3 tysięcy:1e3 tys:1e3 milion:1e6 miliony:1e6 milionów:1e6 mln:1e6 miliard:1e9 miliardy:1e9 miliardów:1e9 mld:1e9`,
		percents:  `procent proc`,
		currency:  `złotych:zł zł:zł złote:zł euro:€ dolarów:$ dolary:$`,
		months: `styczeń stycznia styczniu; luty lutego lutym; marzec marca marcu; kwiecień kwietnia kwietniu; maj maja maju;
			czerwiec czerwca czerwcu; lipiec lipca lipcu; sierpień sierpnia sierpniu; wrzesień września wrześniu;
			październik października październiku; listopad listopada listopadzie; grudzień grudnia grudniu`,
		monthAbbr: `stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia`,
		weekdays:  `niedziela niedzielę; poniedziałek; wtorek; środa środę; czwartek; piątek; sobota sobotę`,
		relative:  `dziś:0 dzisiaj:0 wczoraj:-1 jutro:1 przedwczoraj:-2 pojutrze:2`,
		anchor:    "%d %s",
	}.register()

	Greek = spec{
		tag: "el", name: "Greek", comma: true, spaceGroups: true, punkt: "greek",
		stop: stopGreek, stem: stemGreek, stemName: "light/greek",
		reporting: `είπε δήλωσε ανέφερε ανακοίνωσε λέει δηλώνει αναφέρει ανακοινώνει αποκάλυψε δημοσίευσε`,
		speech:    `τόνισε πρόσθεσε υπογράμμισε έγραψε προειδοποίησε σημείωσε επεσήμανε εξήγησε`,
		negations: `δεν δε μην μη όχι ποτέ κανένας καμία κανένα τίποτα ούτε`,
		quotes:    []QuotePair{qGuillemets, qCurly, qStraight},
		titles:    `κ κα δρ καθ στρ αγ`,
		ambiguous: `κλπ π.χ δηλ εκ δισ χιλ`,
		enders:    ";\u037e",
		numbers:   `δύο:2 δυο:2 τρεις:3 τρία:3 τέσσερις:4 τέσσερα:4 πέντε:5 έξι:6 επτά:7 εφτά:7 οκτώ:8 οχτώ:8 εννέα:9 εννιά:9 δέκα:10 έντεκα:11 δώδεκα:12 δεκατρία:13 δεκατρείς:13 δεκατέσσερα:14 δεκατέσσερις:14 δεκαπέντε:15 δεκαέξι:16 δεκαέξη:16 δεκαεπτά:17 δεκαεφτά:17 δεκαοκτώ:18 δεκαοχτώ:18 δεκαεννέα:19 δεκαεννιά:19 είκοσι:20 τριάντα:30 σαράντα:40 πενήντα:50 εξήντα:60 εβδομήντα:70 ογδόντα:80 ενενήντα:90 εκατό:100 μηδέν:0`,
		scales:    `χιλιάδες:1e3 χιλιάδων:1e3 χίλια:1e3 χιλ:1e3 εκατ:1e6 εκατομμύριο:1e6 εκατομμύρια:1e6 εκατομμυρίων:1e6 εκ:1e6 δισεκατομμύριο:1e9 δισεκατομμύρια:1e9 δισεκατομμυρίων:1e9 δισ:1e9`,
		percents:  `τοις+εκατό`,
		currency:  `ευρώ:€ δολάρια:$ δολαρίων:$`,
		months: `ιανουάριος ιανουαρίου ιαν; φεβρουάριος φεβρουαρίου φεβ; μάρτιος μαρτίου μαρ; απρίλιος απριλίου απρ;
			μάιος μαΐου μαΐ μαίου; ιούνιος ιουνίου ιουν; ιούλιος ιουλίου ιουλ; αύγουστος αυγούστου αυγ;
			σεπτέμβριος σεπτεμβρίου σεπ σεπτ; οκτώβριος οκτωβρίου οκτ; νοέμβριος νοεμβρίου νοε; δεκέμβριος δεκεμβρίου δεκ`,
		monthAbbr: `Ιαν. Φεβ. Μαρ. Απρ. Μαΐου Ιουν. Ιουλ. Αυγ. Σεπ. Οκτ. Νοε. Δεκ.`,
		weekdays:  `κυριακή; δευτέρα; τρίτη; τετάρτη; πέμπτη; παρασκευή; σάββατο`,
		relative:  `σήμερα:0 χθες:-1 χτες:-1 αύριο:1 προχθές:-2 μεθαύριο:2 απόψε:0`,
		anchor:    "%d %s",
	}.register()

	Arabic = spec{
		tag: "ar", name: "Arabic", rtl: true, uncased: true,
		stop: stopArabic, stem: stemArabic, stemName: "snowball/arabic",
		reporting: `قال قالت قالوا وقال وقالت يقول تقول ويقول أعلن أعلنت وأعلن وأعلنت أكد أكدت وأكد وأكدت صرح صرحت وصرح أوضح أوضحت وأوضح ذكر ذكرت وذكر وذكرت نشر نشرت كشف كشفت`,
		speech:    `أضاف أضافت وأضاف وأضافت أشار أشارت وأشار وأشارت حذر حذرت وحذر كتب كتبت`,
		negations: `لا لم لن ليس ليست لست ما غير دون عدم`,
		quotes:    []QuotePair{qGuillemets, qCurly, qStraight},
		enders:    "؟۔",
		numbers:   `واحد:1 اثنان:2 اثنين:2 ثلاثة:3 ثلاث:3 أربعة:4 أربع:4 خمسة:5 خمس:5 ستة:6 سبعة:7 سبع:7 ثمانية:8 ثماني:8 تسعة:9 تسع:9 عشرة:10 عشر:10 عشرين:20 عشرون:20 ست:6 ثمان:8 واحدة:1 اثنتان:2 اثنتين:2 ثلاثون:30 ثلاثين:30 أربعون:40 أربعين:40 خمسون:50 خمسين:50 ستون:60 ستين:60 سبعون:70 سبعين:70 ثمانون:80 ثمانين:80 تسعون:90 تسعين:90 مئة:100 مائة:100`,
		teens:     `عشر عشرة`,
		scales:    `ألف:1e3 آلاف:1e3 ألفا:1e3 الف:1e3 مليون:1e6 ملايين:1e6 مليونا:1e6 مليار:1e9 مليارات:1e9 مليارا:1e9 بليون:1e9`,
		percents:  `بالمئة بالمائة في+المئة في+المائة بالمئة`,
		currency:  `دولار:$ دولارا:$ دولارات:$ يورو:€ جنيه:£`,
		months: `يناير كانون_الثاني; فبراير شباط; مارس آذار; أبريل إبريل ابريل نيسان; مايو أيار; يونيو يونيه حزيران;
			يوليو يوليه تموز; أغسطس آب; سبتمبر أيلول; أكتوبر اكتوبر تشرين_الأول; نوفمبر تشرين_الثاني; ديسمبر كانون_الأول`,
		monthAbbr: `يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر`,
		weekdays:  `الأحد الاحد; الاثنين الإثنين; الثلاثاء; الأربعاء الاربعاء; الخميس; الجمعة; السبت`,
		relative:  `اليوم:0 أمس:-1 امس:-1 البارحة:-1 غدا:1 غداً:1 الليلة:0`,
		anchor:    "%d %s",
		particles: `بن بنت أبو ابن عبد آل`,
	}.register()

	Hebrew = spec{
		tag: "he", name: "Hebrew", rtl: true, uncased: true,
		stop: stopHebrew, stem: stemHebrew, stemName: "light/hebrew",
		reporting: `אמר אמרה אמרו ואמר ואמרה הודיע הודיעה הודיעו מסר מסרה מסרו פרסם פרסמה הצהיר הצהירה חשף`,
		speech:    `הוסיף הוסיפה ציין ציינה כתב כתבה הזהיר הזהירה טען טענה הדגיש הדגישה`,
		negations: `לא אין אינו אינה אינם מעולם אף שום בלי ללא`,
		quotes:    []QuotePair{qCurly, qLowRight, qStraight},
		numbers:   `אחד:1 אחת:1 שניים:2 שתיים:2 שני:2 שתי:2 שלושה:3 שלוש:3 ארבעה:4 ארבע:4 חמישה:5 חמש:5 שישה:6 שש:6 שבעה:7 שבע:7 שמונה:8 תשעה:9 תשע:9 עשרה:10 עשר:10 עשרים:20 שלושים:30 ארבעים:40 חמישים:50 שישים:60 שבעים:70 שמונים:80 תשעים:90 מאה:100`,
		teens:     `עשר עשרה`,
		scales:    `אלף:1e3 אלפים:1e3 אלפי:1e3 מיליון:1e6 מיליונים:1e6 מיליוני:1e6 מיליארד:1e9 מיליארדים:1e9`,
		percents:  `אחוז אחוזים`,
		currency:  `שקל:₪ שקלים:₪ דולר:$ דולרים:$ יורו:€`,
		months: `ינואר בינואר; פברואר בפברואר; מרץ מרס במרץ במרס; אפריל באפריל; מאי במאי; יוני ביוני; יולי ביולי;
			אוגוסט באוגוסט; ספטמבר בספטמבר; אוקטובר באוקטובר; נובמבר בנובמבר; דצמבר בדצמבר`,
		monthAbbr: `בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר`,
		weekdays:  `ראשון; שני; שלישי; רביעי; חמישי; שישי; שבת בשבת`,
		relative:  `היום:0 אתמול:-1 מחר:1 שלשום:-2 הלילה:0`,
		anchor:    "%d %s",
		particles: `בן בת`,
	}.register()

	Russian = spec{
		tag: "ru", name: "Russian", comma: true, spaceGroups: true,
		stop: stopRussian, stem: stemRussian, stemName: "snowball/russian",
		reporting: `сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили объявил объявила объявили говорит заявляет сообщает рассказал рассказала опубликовал`,
		speech:    `отметил отметила добавил добавила подчеркнул подчеркнула написал написала предупредил предупредила пояснил пояснила`,
		negations: `не нет ни никогда никто ничего ничто никакой никакая никакие`,
		quotes:    []QuotePair{qGuillemets, qLow, qStraight},
		titles:    `г-н г-жа ул им проф акад ген пр д`,
		ambiguous: `г гг т.е т.д т.п тыс млн млрд руб др янв фев мар апр авг сен сент окт ноя нояб дек`,
		numbers:   `один:1 одна:1 одно:1 два:2 две:2 три:3 четыре:4 пять:5 шесть:6 семь:7 восемь:8 девять:9 десять:10 одиннадцать:11 двенадцать:12 тринадцать:13 четырнадцать:14 пятнадцать:15 шестнадцать:16 семнадцать:17 восемнадцать:18 девятнадцать:19 двадцать:20 тридцать:30 сорок:40 пятьдесят:50 шестьдесят:60 семьдесят:70 восемьдесят:80 девяносто:90 сто:100 ноль:0`,
		scales:    `тысяча:1e3 тысячи:1e3 тысяч:1e3 тыс:1e3 миллион:1e6 миллиона:1e6 миллионов:1e6 млн:1e6 миллиард:1e9 миллиарда:1e9 миллиардов:1e9 млрд:1e9`,
		percents:  `процент процента процентов`,
		currency:  `долларов:$ доллара:$ доллар:$ евро:€ рублей:₽ рубля:₽ руб:₽`,
		months: `январь января январе янв; февраль февраля феврале фев; март марта марте мар; апрель апреля апреле апр;
			май мая мае; июнь июня июне; июль июля июле; август августа августе авг; сентябрь сентября сентябре сен сент;
			октябрь октября октябре окт; ноябрь ноября ноябре ноя нояб; декабрь декабря декабре дек`,
		monthAbbr: `янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек.`,
		weekdays:  `воскресенье воскресенья; понедельник понедельника; вторник вторника; среда среду среды; четверг четверга; пятница пятницу пятницы; суббота субботу субботы`,
		relative:  `сегодня:0 вчера:-1 завтра:1 позавчера:-2 послезавтра:2`,
		anchor:    "%d %s",
	}.register()

	Ukrainian = spec{
		tag: "uk", name: "Ukrainian", comma: true, spaceGroups: true,
		stop: stopUkrainian, stem: stemUkrainian, stemName: "light/ukrainian",
		reporting: `сказав сказала сказали заявив заявила заявили повідомив повідомила повідомили оголосив оголосила говорить заявляє повідомляє розповів розповіла опублікував`,
		speech:    `зазначив зазначила додав додала наголосив наголосила написав написала попередив попередила пояснив пояснила`,
		negations: `не ні немає ніколи ніхто нічого жоден жодна жодних`,
		quotes:    []QuotePair{qGuillemets, qLow, qStraight},
		titles:    `вул проф акад ген пан`,
		ambiguous: `р рр т.д т.п тис млн млрд грн січ лют бер квіт трав черв лип серп вер жовт лист груд`,
		numbers:   `один:1 одна:1 одне:1 два:2 дві:2 три:3 чотири:4 пять:5 шість:6 сім:7 вісім:8 девять:9 десять:10 двадцять:20 одинадцять:11 дванадцять:12 тринадцять:13 чотирнадцять:14 пятнадцять:15 шістнадцять:16 сімнадцять:17 вісімнадцять:18 девятнадцять:19 тридцять:30 сорок:40 пятдесят:50 шістдесят:60 сімдесят:70 вісімдесят:80 девяносто:90 сто:100 нуль:0`,
		scales:    `тисяча:1e3 тисячі:1e3 тисяч:1e3 тис:1e3 мільйон:1e6 мільйона:1e6 мільйонів:1e6 млн:1e6 мільярд:1e9 мільярда:1e9 мільярдів:1e9 млрд:1e9`,
		percents:  `відсоток відсотки відсотків відсотка`,
		currency:  `доларів:$ долара:$ долар:$ євро:€ гривень:₴ гривні:₴ грн:₴`,
		months: `січень січня січні; лютий лютого лютому; березень березня березні; квітень квітня квітні; травень травня травні;
			червень червня червні; липень липня липні; серпень серпня серпні; вересень вересня вересні;
			жовтень жовтня жовтні; листопад листопада листопаді; грудень грудня грудні`,
		monthAbbr: `січ. лют. бер. квіт. трав. черв. лип. серп. вер. жовт. лист. груд.`,
		weekdays:  `неділя неділю; понеділок; вівторок; середа середу; четвер; пятниця пятницю; субота суботу`,
		relative:  `сьогодні:0 вчора:-1 учора:-1 завтра:1 позавчора:-2 післязавтра:2`,
		anchor:    "%d %s",
	}.register()
)
