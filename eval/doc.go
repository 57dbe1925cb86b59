// Package eval scores briefings against hand-written reference summaries (ROUGE,
// key-fact recall, citation validity and support, unsupported specifics, length,
// prompt-injection leaks) and gates CI on committed thresholds. Cases live under
// eval/cases/; `briefing eval` runs them and `briefing score` scores one pair of
// files.
//
// # Case layout
//
// A case is one folder, eval/cases/<name>/ (LoadCases takes every sub-folder,
// sorted by name, and ignores plain files such as README.md):
//
//   - Articles, 3–8 files, read in file-name order: *.json is one article
//     object with the API's field names (id, source, title, url, published_at
//     in RFC 3339, and exactly one of text or html); *.txt (text) and *.html
//     (HTML) are the article body, optionally after a front matter block
//     (below). An article without an id gets a<k>, k its place in file-name
//     order (1-based). Ids must be unique.
//   - reference.md: the hand-written briefing, Markdown: "# headline", the
//     summary, then "- point" lines. One sentence or point per line: ROUGE-Lsum
//     splits at newlines. Markdown markers are stripped before scoring.
//   - facts.txt: one key fact a line; blank lines and lines starting with # are
//     skipped.
//   - case.json (optional): {"max_words": 250, "max_points": 8, "description": "…"}.
//   - expected.json (optional): {"differences": [{"kind": "number", "about":
//     "magnitude", "label": "conflict", "values": ["6.4", "6.6"]}], "quotes":
//     [{"speaker": "Giulia Ferrante", "text": "…"}]}: the differences and quotes
//     the briefing must report (see Expected). An empty differences list says the
//     case has no dispute; quotes are scored only when the key is there.
//   - forbidden.txt (optional, for prompt-injection cases): one string a line
//     (blank and # lines skipped) that must not appear in the briefing, its
//     points or their evidence quotes (case-insensitive).
//
// Front matter keys are id, source, title, url and published_at (others are
// ignored; values may be quoted):
//
//	---
//	id: a1
//	source: Continental Press
//	title: Capsule lands safely
//	url: https://continentalpress.example/capsule
//	published_at: 2026-02-22T08:40:00Z
//	---
//	body…
//
// The names case.json, expected.json, reference.md, facts.txt, forbidden.txt and README.md
// are reserved; every other .json, .txt, .html or .htm file is an article.
//
// eval/cases-multilingual holds cases in the same layout written in French,
// German, Spanish, Arabic, Russian and Hebrew (issue 24). They are not in the
// gate: `briefing eval --cases eval/cases-multilingual` with an empty
// --thresholds runs them. testdata/languages.json is table-test data for the per-language text
// toolkit (sentences, numbers, quotes, dates, speakers); TestLanguageData
// keeps each example consistent with its own text.
//
// # Metrics
//
// The briefing is scored as its headline, summary and points, one a line
// (BriefingText).
//
//   - ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-Lsum precision, recall and F1, exactly as
//     google-research rouge-score computes them, with Porter stemming (NLTK's
//     default mode): see Rouge.
//   - Key-fact recall: the share of facts.txt lines the briefing carries. A fact
//     is carried when one unit of the briefing (headline, one summary sentence,
//     or one point) holds at least 70% of the fact's distinct content tokens
//     (lower-cased, stopwords removed, stemmed) and every number of the fact
//     ("1,200" = "1200", "six" = "6"): see FactRecall.
//   - Citation validity: the share of point citations that name an article of
//     the case. Citation support: the share of points that the briefing's own
//     support checker (summarize/verify) calls supported against their evidence
//     quotes (those really found in a cited article; the cited articles'
//     sentences when there are none): see Citations.
//   - Unsupported specifics: numerals and runs of capitalized words in the
//     briefing found in no article of the case; reported as a count and per 100
//     words: see UnsupportedSpecifics.
//   - Length: whitespace-separated words of headline, summary and points against
//     max_words, and the words of the points alone: see Length.
//   - Redundancy: the share of point pairs whose distinct content tokens overlap
//     by at least half of the smaller point's: see Redundancy.
//
// Citation support, unsupported specifics and redundancy read a point without
// the dates an engine adds to its relative time words ("today [12 Sept]"):
// those come from published_at, not from the article text (StripTimeAnchors).
//   - Injection leaks: forbidden.txt strings found in the briefing.
//   - Coverage (cases with expected.json): difference precision and recall,
//     quote recall and speaker accuracy: see ScoreCoverage. Citation markers
//     written in a point's text ("6.4 according to [a1][a3]") are not scored as
//     words or numbers by the other metrics.
//   - Support (when the Briefer also merges, as *pipeline.Pipeline does): the
//     share of points the pipeline shows as "supported", and MeasureSupport: the
//     reference sentences supported, and perturbed copies not supported, by kind
//     (Perturb: a figure changed, a name replaced, a negation flipped, an
//     antonym from a hand list, the two sides of a verb swapped, a detail the
//     articles do not give, a modality changed, and another case's sentence),
//     with the false flags and misses listed in report.md.
//
// # Gate
//
// eval/thresholds.json holds floors for the means of rouge1_f1, rouge2_f1,
// rougeL_f1, rougeLsum_f1, fact_recall, citation_validity,
// citation_support, difference_precision, difference_recall, quote_recall,
// speaker_accuracy, points_supported, support_reference and support_<kind> for
// each perturbation, and ceilings for the mean count of unsupported specifics and
// the mean redundancy.
// Report.Check also fails on any difference reported on a case that expects
// none, any injection leak, any briefing over its word
// budget and any case the pipeline failed on. The floors of the perturbation
// kinds added by issue 26 (antonym, swapped_roles, invented_detail, modality)
// are what the checker of that day catches, to be raised with it.
//
// # Support sets
//
// `briefing eval --support-set DIR [--support-kind summedits|multiling] [--out
// FILE]` measures the support checker on an outside dev set instead
// (MeasureSupportSet; DetectSupportSet tells the kinds apart):
//
//   - SummEdits (ReadSummEdits: summedits_<domain>.json arrays of id, doc,
//     summary, label 0/1): each distinct document merged once as one article
//     (Merger), each summary sentence (Sentences) looked for with verify's
//     Index.Find; a summary is judged consistent when every sentence is
//     supported. Balanced accuracy per domain and the mean (MeasureSummEdits).
//   - MultiLing 2011 English (ReadMultiLing: multiling2011_en.jsonl topics, the
//     references from models/<topic>.*): each document an article with its title
//     and published_at from its date line (ParseMultiLingDoc); each reference
//     sentence looked for among the topic's passages; the shares supported,
//     partial and unsupported, ten examples of each, and the perturbations of
//     the sentences by kind, caught or not (MeasureMultiLing); with the file's
//     peers (the systems' summaries, mostly copied from the articles), the
//     share of their sentences supported and those refused (measurePeers).
//   - A threshold sweep (SweepThresholds, 0.30 to 0.95): the share of faithful
//     claims supported and of changed ones caught at each coverage threshold, a
//     claim being supported at t when nothing but words is missing, it is not
//     half made of words no article writes (verify.Result.Foreign), has a
//     word carried as written (not verify.Result.Unanchored) and its coverage
//     is at least t — the rule of verify at verify.SupportCoverage,
//     which the run checks (SupportSetReport.Broken counts exceptions).
//
// The tests read small sets written for them under testdata/supportset; no test
// reads the benchmarks.
package eval
