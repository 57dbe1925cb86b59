// Command briefing is the one binary of the service: `serve` runs the HTTP API,
// `summarize` and `merge` run the same pipeline on local files, `eval` scores the
// pipeline against the cases under eval/cases and gates CI, and `score` computes
// ROUGE for one pair of files. Every setting comes from the environment, and a flag
// of the same meaning overrides it in the subcommands that read it (settingFlags).
package main
